/**
 * The benchmark runner: for each vault size, launches Chromium on the built renderer with the
 * end-to-end transport, builds the vault once in the page, then measures several runs (each a
 * fresh page: unlock, board, search, move, export, heap, floor) and takes the medians.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, platform, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { launchChromium } from '../e2e/support/chromium'
import { bundleScript, repoRoot } from '../e2e/support/global-setup'
import { serveRenderer } from '../e2e/support/server'
import { Teardown } from '../support/teardown'
import { createTestPorts } from '../support/testPorts'
import type { BenchPage } from './page/entry'
import type { FloorResult } from './page/floor'
import type { ManifestCost } from './page/manifestCost'
import { TABLES } from './page/tables'
import { unlockProfiler } from './cpuProfile'
import { lockScreenJs } from './lockScreenJs'
import { measureApp, type AppFigures } from './measureApp'
import { medianFigures, type BenchResults, type RunFigures, type SizeResult } from './report'

/** What to run. */
export interface BenchOptions {
  /** Vault sizes, in opportunities. */
  sizes: number[]
  /** Measured runs per size; figures are their medians. */
  runs: number
  /** Calibrate Argon2id as the app does; false uses the production floor cost (tiny runs). */
  calibrate: boolean
  /** Progress lines. */
  log?: (line: string) => void
  /** A folder for a CPU profile of each run's unlock (see cpuProfile.ts); none when unset. */
  profileDir?: string
}

/** The passphrase of every benchmark vault. */
export const BENCH_PASSPHRASE = 'correct horse battery staple bench'

const pageScript = resolve(repoRoot, 'test-results/bench-page/bench.js')

/** Bundles the page side of the bench (vault builder and floor). */
export async function bundleBenchPage(): Promise<string> {
  await bundleScript(resolve(__dirname, 'page/entry.ts'), pageScript, 'afterviewBenchPage')
  return readFile(pageScript, 'utf8')
}

/** Evaluates the page side in the page (CDP evaluation is not subject to the page's CSP). */
async function benchPage(page: Page, script: string): Promise<void> {
  const present = await page.evaluate(() => '__afterviewBench' in window)
  if (!present) await page.evaluate(script)
}

interface BenchWindow {
  __afterviewBench: BenchPage
}

/** Calls `name` of the page side with `args` (each JSON-safe), loading the page side first. */
async function inPage<K extends keyof BenchPage>(
  page: Page,
  script: string,
  name: K,
  ...args: Parameters<BenchPage[K]>
): Promise<Awaited<ReturnType<BenchPage[K]>>> {
  await benchPage(page, script)
  const answer = await page.evaluate(
    ([n, a]) => {
      const bench = (window as unknown as BenchWindow).__afterviewBench
      return (bench[n as K] as (...x: unknown[]) => unknown)(...a)
    },
    [name as string, args as unknown[]] as const,
  )
  return answer as Awaited<ReturnType<BenchPage[K]>>
}

/** JS heap in use after a full garbage collection, in MiB. */
async function heapMiB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / (1024 * 1024)
  } finally {
    await cdp.detach()
  }
}

async function runSize(
  opportunities: number,
  script: string,
  options: BenchOptions,
): Promise<{ size: SizeResult; chromium: string }> {
  const log = options.log ?? (() => {})
  const loadBefore = loadavg()[0]!
  // Everything made here goes at the end, also when a launch or a measurement fails.
  const teardown = new Teardown()
  try {
    const profileDir = await mkdtemp(join(tmpdir(), 'afterview-bench-'))
    teardown.add(() => rm(profileDir, { recursive: true, force: true }))
    const ports = await createTestPorts()
    teardown.add(() => ports.dispose())
    const server = await serveRenderer(resolve(repoRoot, 'out/renderer'))
    teardown.add(() => server.close())
    const errors: string[] = []
    const { context, page } = await launchChromium({ profileDir, ports, url: server.url, errors })
    teardown.add(() => context.close())
    const build = await inPage(page, script, 'buildVault', {
      count: opportunities,
      seed: 0xaf7e,
      now: Date.now(),
      passphrase: BENCH_PASSPHRASE,
      calibrate: options.calibrate,
    })
    log(
      `${opportunities} opportunities: vault built in ${Math.round(build.generateMs)} ms, ` +
        `${(build.ciphertextBytes / 1048576).toFixed(1)} MiB of ciphertext, ` +
        `Argon2id ${build.kdf.opsLimit} passes × ${build.kdf.memLimitBytes / 1048576} MiB`,
    )
    const samples: RunFigures[] = []
    for (let run = 1; run <= options.runs; run++) {
      // A fresh page each run: nothing decrypted or compiled survives from the previous one.
      await page.reload()
      const measured: { floor?: FloorResult; manifest?: ManifestCost } = {}
      const profiler =
        options.profileDir === undefined
          ? undefined
          : unlockProfiler(
              context,
              page,
              options.profileDir,
              `unlock-${opportunities}-${run}.cpuprofile`,
            )
      const app: AppFigures = await measureApp(page, {
        passphrase: BENCH_PASSPHRASE,
        heap: () => heapMiB(context, page),
        // Right after the app's load, so both see the machine in the same state.
        afterLoad: async () => {
          measured.floor = await inPage(
            page,
            script,
            'measureFloor',
            TABLES.opportunities,
            build.recordsKey,
            build.keyId,
          )
          measured.manifest = await inPage(
            page,
            script,
            'measureManifest',
            build.recordsKey,
            build.manifestKey,
            build.keyId,
          )
        },
        answerSaveDialog: () =>
          ports.dialog.saves.push(join(ports.documentsDir, `notes-${run}.docx`)),
        profileUnlock: profiler && {
          start: () => profiler.start(),
          stop: async () => {
            for (const { name, ms } of await profiler.stop())
              log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`)
          },
        },
      })
      const { floor, manifest } = measured
      if (!floor || !manifest) throw new Error('The floor or the manifest was not measured')
      const floorMs = floor.readMs + floor.decryptMs
      const figures: RunFigures = {
        ...app,
        floorReadMs: floor.readMs,
        floorDecryptMs: floor.decryptMs,
        floorMs,
        loadRatio: app.loadMs / floorMs,
        manifestOpenMs: manifest.openMs,
        saveMs: manifest.saveMs,
        bareSaveMs: manifest.bareSaveMs,
      }
      samples.push(figures)
      log(`  run ${run}/${options.runs}: ${summary(figures)}`)
    }
    // Once per size, after the runs: parsing, planning and writing a sheet of as many rows.
    const csvImport = await inPage(page, script, 'measureCsvImport', {
      rows: opportunities,
      seed: 0xc5f,
      now: Date.now(),
    })
    log(
      `  CSV import of ${opportunities} rows: ${Math.round(csvImport.totalMs)} ms ` +
        `(parse ${Math.round(csvImport.parseMs)}, plan ${Math.round(csvImport.planMs)}, ` +
        `write ${Math.round(csvImport.writeMs)})`,
    )
    if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`)
    const agent = await page.evaluate(() => navigator.userAgent)
    const size: SizeResult = {
      opportunities,
      ciphertextBytes: build.ciphertextBytes,
      kdf: build.kdf,
      generateMs: build.generateMs,
      loadAverage: [loadBefore, loadavg()[0]!],
      median: medianFigures(samples),
      samples,
      csvImport,
    }
    return { size, chromium: /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? 'unknown' }
  } finally {
    await teardown.run()
  }
}

function summary(f: RunFigures): string {
  const ms = (n: number) => `${Math.round(n)}`
  return (
    `paint ${ms(f.lockPaintMs)}, derive ${ms(f.deriveMs)}, load ${ms(f.loadMs)} (floor ${ms(f.floorMs)}, ` +
    `${f.loadRatio.toFixed(2)}×), board ${ms(f.boardMs)}, move ${ms(f.moveMs)}, ` +
    `search ${ms(f.searchMs)}, export ${ms(f.exportMs)} ms, heap ${f.heapMiB.toFixed(0)} MiB, ` +
    `manifest open ${f.manifestOpenMs.toFixed(1)}, save ${f.saveMs.toFixed(1)} ` +
    `(without ${f.bareSaveMs.toFixed(1)}) ms`
  )
}

/** Runs the benchmark and answers its results (the caller prints and writes them). */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const script = await bundleBenchPage()
  const sizes: SizeResult[] = []
  let chromium = 'unknown'
  for (const opportunities of options.sizes) {
    const measured = await runSize(opportunities, script, options)
    sizes.push(measured.size)
    chromium = measured.chromium
  }
  return {
    version: 1,
    at: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      chromium,
      platform: platform(),
    },
    runs: options.runs,
    lockScreenJs: await lockScreenJs(resolve(repoRoot, 'out/renderer')),
    sizes,
  }
}
