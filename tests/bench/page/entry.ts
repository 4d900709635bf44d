/**
 * The benchmark's page side, bundled into one script and evaluated in the app's page only when
 * needed (building a vault, measuring the floor and the manifest, timing a CSV import), so it
 * never weighs on the figures of the app.
 */
import { measureCsvImport } from './csvImport'
import { measureFloor } from './floor'
import { buildVault } from './vaultBuilder'
import { measureManifest } from './manifestCost'

/** What the bench calls in the page. */
export interface BenchPage {
  buildVault: typeof buildVault
  measureFloor: typeof measureFloor
  measureCsvImport: typeof measureCsvImport
  measureManifest: typeof measureManifest
}

;(window as unknown as { __afterviewBench: BenchPage }).__afterviewBench = {
  buildVault,
  measureFloor,
  measureCsvImport,
  measureManifest,
}
