/**
 * Test ports for main's handler table: a temp data folder and recorders for everything main would
 * show or open. Shared by the end-to-end transport, the unit tests of handlers and the IPC fuzz
 * test. To add a port: add it to `Ports`, give it a harmless recording fake here, expose what a test
 * needs to inspect on `TestPorts`, and accept an override in `options.overrides`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Ports, SaveDialogPort, SaveDialogRequest } from '../../src-main/ports'

/**
 * A save dialog that answers from a script: each call takes the next answer (a file name inside
 * `folder`, or null for Cancel); with no answer queued it saves under the suggested name.
 */
export interface ScriptedSaveDialog extends SaveDialogPort {
  /** Every request main made, in order. */
  asked: SaveDialogRequest[]
  /** Answers still to give. */
  answers: (string | null)[]
  /** The temp folder the dialog saves into. */
  folder: string
  /** The absolute paths it answered with. */
  saved: string[]
}

function scriptedSaveDialog(folder: string): ScriptedSaveDialog {
  const dialog: ScriptedSaveDialog = {
    asked: [],
    answers: [],
    folder,
    saved: [],
    async askSavePath(request) {
      dialog.asked.push(request)
      const answer = dialog.answers.length ? dialog.answers.shift()! : request.suggestedName
      if (answer === null) return null
      const path = join(folder, answer)
      dialog.saved.push(path)
      return path
    },
  }
  return dialog
}

/** Ports plus what the test needs to inspect and clean up. */
export interface TestPorts {
  ports: Ports
  dataDir: string
  saveDialog: ScriptedSaveDialog
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
  const saveDialog = scriptedSaveDialog(await mkdtemp(join(tmpdir(), 'afterview-exports-')))
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
    saveDialog,
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
    saveDialog,
    opened,
    setNow(instant) {
      now = instant
    },
    async dispose() {
      await rm(dataDir, { recursive: true, force: true })
      await rm(saveDialog.folder, { recursive: true, force: true })
    },
  }
}
