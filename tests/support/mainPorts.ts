/**
 * Test ports for main's handlers: a temp data folder, a temp documents folder and dialogs that
 * answer from a script (a queue of paths; null means the user cancelled).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { DialogPort, Ports } from '../../src-main/ports'

/** Dialogs answering from queues, recording what they were asked. */
export interface ScriptedDialog extends DialogPort {
  opens: (string | null)[]
  saves: (string | null)[]
  asked: { kind: 'open' | 'save'; title: string; defaultPath?: string }[]
}

/** A scripted dialog; an empty queue answers "cancelled". */
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

/** Ports over fresh temp folders; call `cleanup` when done. */
export async function testPorts(overrides: Partial<Ports> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'afterview-test-'))
  const dialog = scriptedDialog()
  const ports: Ports = {
    host: {
      appName: 'Afterview',
      appVersion: '0.0.0-test',
      electronVersion: null,
      chromeVersion: null,
      nodeVersion: process.versions.node,
      platform: process.platform,
    },
    clock: { now: () => Date.UTC(2026, 10, 21, 12) },
    dataDir: join(root, 'data'),
    documentsDir: join(root, 'documents'),
    dialog,
    ...overrides,
  }
  return { root, ports, dialog, cleanup: () => rm(root, { recursive: true, force: true }) }
}

/** Every file under `folder` with its bytes, keyed by relative path (missing folder: empty). */
export async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    out.set(relative(folder, full), await readFile(full))
  }
  return out
}
