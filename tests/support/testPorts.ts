/**
 * Test ports for main's handler table: a temp data folder and recorders for everything main would
 * show or open. Shared by the end-to-end transport, the unit tests of handlers and the IPC fuzz
 * test. To add a port: add it to `Ports`, give it a harmless recording fake here, expose what a test
 * needs to inspect on `TestPorts`, and accept an override in `options.overrides`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Ports } from '../../src-main/ports'

/** Ports plus what the test needs to inspect and clean up. */
export interface TestPorts {
  ports: Ports
  dataDir: string
  /** URLs the handlers asked the operating system to open, in order. */
  opened: string[]
  /** Moves the injected clock (milliseconds since the epoch). */
  setNow(instant: number): void
  dispose(): Promise<void>
}

/** Makes a fresh temp data folder and ports over it. `dataDir` reuses a folder (a "restart"). */
export async function createTestPorts(
  options: { dataDir?: string; now?: number; overrides?: Partial<Omit<Ports, 'dataDir'>> } = {},
): Promise<TestPorts> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'afterview-data-')))
  let now = options.now ?? Date.now()
  const opened: string[] = []
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
    shell: {
      async openExternal(url) {
        opened.push(url)
      },
    },
    dataDir,
    ...options.overrides,
  }
  return {
    ports,
    dataDir,
    opened,
    setNow(instant) {
      now = instant
    },
    async dispose() {
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
