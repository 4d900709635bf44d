/**
 * Test ports for main's handler table: a temp data folder and recorders for everything main would
 * show or open. Shared by the end-to-end transport and the unit tests of handlers.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Ports } from '../../src-main/ports'

/** Ports plus what the test needs to inspect and clean up. */
export interface TestPorts {
  ports: Ports
  dataDir: string
  /** Moves the injected clock (milliseconds since the epoch). */
  setNow(instant: number): void
  dispose(): Promise<void>
}

/** Makes a fresh temp data folder and ports over it. `dataDir` reuses a folder (a "restart"). */
export async function createTestPorts(
  options: { dataDir?: string; now?: number } = {},
): Promise<TestPorts> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'afterview-data-')))
  let now = options.now ?? Date.now()
  const ports: Ports = {
    host: {
      appName: 'Afterview',
      appVersion: '0.1.0',
      electronVersion: null,
      chromeVersion: null,
      nodeVersion: process.versions.node,
      platform: process.platform,
    },
    clock: { now: () => now },
    dataDir,
  }
  return {
    ports,
    dataDir,
    setNow(instant) {
      now = instant
    },
    async dispose() {
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
