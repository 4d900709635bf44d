/**
 * Test ports for main's handler table: a temp data folder and recorders for everything main would
 * show or open. Shared by the end-to-end transport, the unit tests of handlers and the IPC fuzz
 * test. To add a port: add it to `Ports`, give it a harmless recording fake here, expose what a test
 * needs to inspect on `TestPorts`, and accept an override in `options.overrides`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DialogPort, Ports } from '../../src-main/ports'

/** A dialog answering from queues of paths (an empty queue answers "cancelled"). */
export interface ScriptedDialog extends DialogPort {
  /** Paths the next open dialogs answer, in order; null means the user cancelled. */
  opens: (string | null)[]
  /** Paths the next save dialogs answer, in order. */
  saves: (string | null)[]
  /** What each dialog was asked, in order. */
  asked: { kind: 'open' | 'save'; title: string; defaultPath?: string }[]
}

/** A scripted dialog for tests. */
export function scriptedDialog(): ScriptedDialog {
  const dialog: ScriptedDialog = {
    opens: [],
    saves: [],
    asked: [],
    async showOpen({ title }) {
      dialog.asked.push({ kind: 'open', title })
      return dialog.opens.shift() ?? null
    },
    async showSave({ title, defaultPath }) {
      dialog.asked.push({ kind: 'save', title, defaultPath })
      return dialog.saves.shift() ?? null
    },
  }
  return dialog
}

/** Ports plus what the test needs to inspect and clean up. */
export interface TestPorts {
  ports: Ports
  dataDir: string
  /** The documents folder save dialogs start in (a temp folder). */
  documentsDir: string
  /** The scripted open and save dialogs. */
  dialog: ScriptedDialog
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
  const documentsDir = await mkdtemp(join(tmpdir(), 'afterview-documents-'))
  const dialog = scriptedDialog()
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
    documentsDir,
    dialog,
    ...options.overrides,
  }
  return {
    ports,
    dataDir,
    documentsDir,
    dialog,
    opened,
    setNow(instant) {
      now = instant
    },
    async dispose() {
      await rm(dataDir, { recursive: true, force: true })
      await rm(documentsDir, { recursive: true, force: true })
    },
  }
}
