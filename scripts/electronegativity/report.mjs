/**
 * Pure part of the electronegativity check: validates the waiver file, matches findings against
 * it and sums them up. The runner (scripts/electronegativity.mjs) feeds it the tool's findings.
 */

/** Severities that fail the check unless waived. */
export const FAILING_SEVERITIES = ['HIGH', 'MEDIUM']

/** Every severity electronegativity reports, highest first. */
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']

/** A waiver's reason must say something: at least this many characters. */
export const MIN_REASON_LENGTH = 30

/**
 * Checks the parsed waiver file. Each waiver names a check id, the file it applies to (relative to
 * the repository, or "N/A" for a finding about the whole app) and a reason.
 */
export function validateWaivers(data) {
  const problems = []
  const waivers = []
  const list = data && typeof data === 'object' ? data.waivers : undefined
  if (!Array.isArray(list)) return { waivers, problems: ['the file has no "waivers" list'] }
  list.forEach((w, i) => {
    const where = `waiver ${i + 1}`
    if (!w || typeof w !== 'object') return problems.push(`${where} is not an object`)
    if (typeof w.check !== 'string' || !/^[A-Z0-9_]+$/.test(w.check)) {
      return problems.push(`${where} has no check id (like "PRELOAD_JS_CHECK")`)
    }
    if (typeof w.file !== 'string' || w.file.length === 0 || w.file.includes('*')) {
      return problems.push(`${where} (${w.check}) must name one file, without wildcards`)
    }
    if (typeof w.reason !== 'string' || w.reason.trim().length < MIN_REASON_LENGTH) {
      return problems.push(`${where} (${w.check} in ${w.file}) needs a reason`)
    }
    waivers.push({ check: w.check, file: w.file, reason: w.reason.trim() })
  })
  return { waivers, problems }
}

/**
 * Sorts findings into failing (HIGH or MEDIUM, not waived), waived and the rest, and lists the
 * waivers no finding used (stale ones, worth deleting).
 */
export function assess(findings, waivers) {
  const used = new Set()
  const failing = []
  const waived = []
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
  for (const finding of findings) {
    counts[finding.severity] = (counts[finding.severity] ?? 0) + 1
    const index = waivers.findIndex((w) => w.check === finding.id && w.file === finding.file)
    if (index >= 0) {
      used.add(index)
      waived.push({ finding, waiver: waivers[index] })
    } else if (FAILING_SEVERITIES.includes(finding.severity)) {
      failing.push(finding)
    }
  }
  const unused = waivers.filter((_w, i) => !used.has(i))
  return { total: findings.length, counts, failing, waived, unused }
}

/** The one-line summary printed at the end of every run. */
export function summaryLine(result) {
  const bySeverity = SEVERITIES.map((s) => `${s} ${result.counts[s] ?? 0}`).join(', ')
  const verdict = result.failing.length === 0 ? 'pass' : 'FAIL'
  return (
    `electronegativity: ${verdict}: ${result.total} findings (${bySeverity}); ` +
    `${result.waived.length} waived, ${result.failing.length} failing`
  )
}
