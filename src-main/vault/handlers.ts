/**
 * The vault's channels: backups and the recovery-code file, written where the user chooses, and
 * main's copy of the header and of the manifest's generation (keptState.ts).
 * Plain functions of the injected ports, so the end-to-end transport runs exactly this code.
 */
import type { vaultRequestSchemas } from '@shared/ipc/vault'
import type { Ports } from '../ports'
import type { HandlersOf } from '../ipc/handlers'
import { openBackup, saveBackup, saveRecoveryCode } from './backupFiles'
import type { RestoreGate } from './restoreGate'
import { keptStateStore } from './keptState'

/** The handlers of the vault channels; choosing a backup opens a restore in `restore`. */
export function vaultHandlers(
  ports: Pick<Ports, 'dialog' | 'documentsDir' | 'clock' | 'dataDir' | 'window'>,
  restore: RestoreGate,
): HandlersOf<typeof vaultRequestSchemas> {
  const kept = keptStateStore(ports.dataDir)
  return {
    'backup/save': async ({ dataB64 }) =>
      saveBackup(
        ports.dialog,
        ports.documentsDir,
        Buffer.from(dataB64, 'base64'),
        ports.clock.now(),
      ),
    'backup/open': async () => {
      const { name, bytes } = await openBackup(ports.dialog)
      restore.open(bytes.length)
      return { name, dataB64: Buffer.from(bytes).toString('base64') }
    },
    'vault/save-recovery-code': async ({ text }) =>
      saveRecoveryCode(ports.dialog, ports.documentsDir, text),
    'vault/kept-state': () => kept.read(),
    'vault/keep-header': async ({ header }) => {
      await kept.keepHeader(header)
      return {}
    },
    'vault/keep-generation': async ({ generation }) => {
      await kept.keepGeneration(generation)
      return {}
    },
    'vault/locked': async ({ reason, place }) => {
      ports.window.reloadLocked(reason, place ?? null)
      return null
    },
  }
}
