import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  assess,
  summaryLine,
  validateWaivers,
  type Finding,
} from '../../scripts/electronegativity/report.mjs'

function finding(id: string, severity: string, file = 'src-main/electron/window.ts'): Finding {
  return { id, severity, confidence: 'FIRM', file, line: 1, column: 0, sample: '', description: '' }
}

const reason = 'Reviewed: the preload exposes only the frozen bridge object.'

describe('the electronegativity check', () => {
  it('fails on an unwaived HIGH or MEDIUM finding and passes LOW ones', () => {
    const result = assess(
      [
        finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH'),
        finding('SANDBOX_JS_CHECK', 'MEDIUM'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'N/A'),
        finding('SOMETHING', 'INFORMATIONAL'),
      ],
      [],
    )
    expect(result.failing.map((f) => f.id)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
    ])
    expect(summaryLine(result)).toBe(
      'electronegativity: FAIL: 4 findings (HIGH 1, MEDIUM 1, LOW 1, INFORMATIONAL 1); 0 waived, 2 failing',
    )
  })

  it('lets a waiver cover its check in its file only', () => {
    const waivers = [{ check: 'PRELOAD_JS_CHECK', file: 'src-main/electron/window.ts', reason }]
    const result = assess(
      [
        finding('PRELOAD_JS_CHECK', 'MEDIUM'),
        finding('PRELOAD_JS_CHECK', 'MEDIUM', 'src-main/electron/other.ts'),
        finding('SANDBOX_JS_CHECK', 'MEDIUM'),
      ],
      waivers,
    )
    expect(result.waived).toHaveLength(1)
    expect(result.failing.map((f) => `${f.id} ${f.file}`)).toEqual([
      'PRELOAD_JS_CHECK src-main/electron/other.ts',
      'SANDBOX_JS_CHECK src-main/electron/window.ts',
    ])
  })

  it('reports waivers that no finding used', () => {
    const waivers = [{ check: 'PRELOAD_JS_CHECK', file: 'src-main/electron/window.ts', reason }]
    expect(assess([], waivers).unused).toEqual(waivers)
    expect(summaryLine(assess([], waivers))).toMatch(/^electronegativity: pass: 0 findings/)
  })

  it.each([
    ['no list', {}],
    ['a waiver without a reason', { waivers: [{ check: 'A_CHECK', file: 'x.ts' }] }],
    ['a one-word reason', { waivers: [{ check: 'A_CHECK', file: 'x.ts', reason: 'fine' }] }],
    ['a wildcard file', { waivers: [{ check: 'A_CHECK', file: '*', reason }] }],
    ['no check id', { waivers: [{ file: 'x.ts', reason }] }],
  ])('refuses a waiver file with %s', (_name, data) => {
    expect(validateWaivers(data).problems).not.toEqual([])
  })

  it('accepts the project’s waiver file, each waiver with a reason', () => {
    const path = resolve(__dirname, '../../build/electronegativity-waivers.json')
    const { waivers, problems } = validateWaivers(JSON.parse(readFileSync(path, 'utf8')))
    expect(problems).toEqual([])
    // Only these reviewed checks are waived; a new kind of finding needs its own review.
    expect(new Set(waivers.map((w) => w.check))).toEqual(
      new Set(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK', 'AUXCLICK_JS_CHECK']),
    )
  })

  it('is run by npm test after the build', () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'))
    expect(pkg.scripts['lint:electron']).toBe('node scripts/electronegativity.mjs')
    expect(pkg.scripts['test']).toMatch(/npm run build && npm run lint:electron/)
    expect(pkg.dependencies['@doyensec/electronegativity']).toBeUndefined()
    expect(pkg.devDependencies['@doyensec/electronegativity']).toBeUndefined()
  })
})
