#!/usr/bin/env node
/**
 * Runs @doyensec/electronegativity on the app's sources and fails on any HIGH or MEDIUM finding
 * that build/electronegativity-waivers.json does not waive with a reason.
 *
 * The tool pulls an old eslint/typescript tree, so it is kept out of package.json: this script
 * installs the pinned version into .tools/electronegativity (gitignored) on first use, from the
 * npm registry only. The tool exits 0 whatever it finds, so its findings are read and judged here.
 *
 * Usage: npm run lint:electron [-- --report <file.json>]
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assess, summaryLine, validateWaivers } from './electronegativity/report.mjs'

const TOOL = '@doyensec/electronegativity'
const TOOL_VERSION = '1.10.3'
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const toolDir = join(root, '.tools', 'electronegativity')
const waiverFile = join(root, 'build', 'electronegativity-waivers.json')
/** What is scanned: main (with the preload), the shared code and the renderer's HTML and TS. */
const SOURCES = ['src-main', 'src-shared', 'src-renderer']

function fail(message) {
  console.error(`electronegativity: ${message}`)
  process.exit(1)
}

/** Installs the pinned tool into .tools/ unless that exact version is already there. */
function ensureTool() {
  const installed = join(toolDir, 'node_modules', ...TOOL.split('/'), 'package.json')
  if (
    existsSync(installed) &&
    JSON.parse(readFileSync(installed, 'utf8')).version === TOOL_VERSION
  ) {
    return
  }
  console.log(`electronegativity: installing ${TOOL}@${TOOL_VERSION} into .tools/ (once)`)
  mkdirSync(toolDir, { recursive: true })
  writeFileSync(
    join(toolDir, 'package.json'),
    JSON.stringify({ private: true, dependencies: { [TOOL]: TOOL_VERSION } }, null, 2),
  )
  // Under `npm run`, npm_execpath is npm's own CLI: run it with this Node, whatever is on PATH.
  const npmCli = process.env.npm_execpath
  const [command, prefixArgs] = npmCli ? [process.execPath, [npmCli]] : ['npm', []]
  const result = spawnSync(
    command,
    [
      ...prefixArgs,
      'install',
      '--prefix',
      toolDir,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    { stdio: 'inherit', shell: !npmCli && process.platform === 'win32' },
  )
  if (result.status !== 0)
    fail(`could not install ${TOOL}@${TOOL_VERSION} (npm exited ${result.status})`)
}

/** Copies the sources to scan into a temp folder, without tests. */
function stageSources() {
  const stage = mkdtempSync(join(tmpdir(), 'afterview-electronegativity-'))
  cpSync(join(root, 'package.json'), join(stage, 'package.json'))
  for (const dir of SOURCES) {
    cpSync(join(root, dir), join(stage, dir), {
      recursive: true,
      filter: (source) => !/\.(test|spec)\.[cm]?[jt]s$/.test(source),
    })
  }
  return stage
}

/** Inline `eng-disable` comments would hide findings from the waiver file: refuse them. */
function refuseInlineDisables(stage) {
  const offenders = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/eng-disable/.test(readFileSync(full, 'utf8'))) offenders.push(relative(stage, full))
    }
  }
  walk(stage)
  if (offenders.length > 0) {
    fail(
      `inline eng-disable comments in ${offenders.join(', ')}: waive in ${relative(root, waiverFile)} instead`,
    )
  }
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = pkg.devDependencies?.electron ?? pkg.dependencies?.electron
  if (!/^\d+\.\d+\.\d+$/.test(version ?? ''))
    fail('package.json must pin electron to an exact version')
  return version
}

async function scan(stage) {
  const require = createRequire(join(toolDir, 'package.json'))
  const run = require(TOOL)
  const result = await run({
    input: stage,
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion(),
    parserPlugins: [],
  })
  // A file the tool cannot parse is a file it did not check: that fails too. Tolerable parser
  // warnings (the file was still checked) are only shown.
  const label = (e) => `${relative(stage, e.file)}: ${e.message ?? 'parse error'}`
  for (const e of result.errors.filter((e) => e.tolerable)) console.log(`  parser  ${label(e)}`)
  const fatal = result.errors.filter((e) => !e.tolerable)
  if (fatal.length > 0) {
    fail(`could not check ${fatal.length} file(s):\n  ${fatal.map(label).join('\n  ')}`)
  }
  return result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: issue.sample ?? '',
    description: issue.description ?? '',
  }))
}

async function main() {
  const reportIndex = process.argv.indexOf('--report')
  const reportPath = reportIndex > 0 ? resolve(process.argv[reportIndex + 1] ?? '') : null

  let waiverData
  try {
    waiverData = JSON.parse(readFileSync(waiverFile, 'utf8'))
  } catch (error) {
    fail(`cannot read ${relative(root, waiverFile)}: ${error.message}`)
  }
  const { waivers, problems } = validateWaivers(waiverData)
  if (problems.length > 0) fail(`bad waiver file:\n  ${problems.join('\n  ')}`)

  ensureTool()
  const stage = stageSources()
  let findings
  try {
    refuseInlineDisables(stage)
    findings = await scan(stage)
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }

  const result = assess(findings, waivers)
  if (reportPath) writeFileSync(reportPath, JSON.stringify({ findings, ...result }, null, 2))
  for (const { finding, waiver } of result.waived) {
    console.log(
      `  waived  ${finding.severity} ${finding.id} ${finding.file}:${finding.line} (${waiver.reason})`,
    )
  }
  for (const f of findings.filter((f) => !['HIGH', 'MEDIUM'].includes(f.severity))) {
    console.log(`  note    ${f.severity} ${f.id} ${f.file}:${f.line} ${f.description}`)
  }
  for (const f of result.failing) {
    console.log(
      `  FAILING ${f.severity} ${f.id} ${f.file}:${f.line}: ${f.description}\n          ${f.sample}`,
    )
  }
  for (const w of result.unused) {
    console.log(`  stale waiver: ${w.check} in ${w.file} matched nothing; remove it`)
  }
  console.log(summaryLine(result))
  process.exit(result.failing.length === 0 ? 0 : 1)
}

await main()
