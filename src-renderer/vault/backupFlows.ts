/**
 * Backups and restores as the vault store runs them: writing a backup where the user chooses,
 * asking for a backup file, replacing all data with a backup's, and the summary of the last
 * restore for whichever screen opens first. The work itself is in backups.ts, loaded when used.
 */
import { ref, type Ref, type ShallowRef } from 'vue'
import { fromBase64, toBase64 } from '@shared/vault/bytes'
import { host } from '../host'
import { kindOf } from '../errors/sentences'
import { describeRestore } from './restoreSummary'
import type { RestoreReport, WriteAttachments } from './backups'
import type { UnreadableRecord } from './recordStore'
import type { IntegrityNotice } from './manifestStore'
import type { VaultSession, VaultStatus } from './store'

/** What backups and restores read and change of the vault store, beside its session. */
export interface BackupState {
  readonly status: Readonly<Ref<VaultStatus>>
  /** The rows that could not be read, as the store lists them. */
  unreadable: ShallowRef<UnreadableRecord[]>
  /** What opening found about the vault as a whole, as the store lists it. */
  notices: ShallowRef<IntegrityNotice[]>
  addUnreadable(rows: UnreadableRecord[]): void
}

/** The backups and restores of one vault store, run through its session. */
export function backupFlows(vault: VaultSession, store: BackupState) {
  const restoreSummary = ref<string | null>(null)

  /**
   * Writes a backup where the user chooses; answers null when they cancelled the dialog, or how
   * many unreadable rows it carries as they were.
   */
  async function backUpNow(): Promise<{ unreadable: number } | null> {
    const { files } = await host().call('attachments/list-encrypted', {})
    // Backups load when used: the lock screen paints without them.
    const { createBackup } = await import('./backups')
    const backup = await createBackup(vault.current(), files)
    const { saved } = await host().call('backup/save', { dataB64: toBase64(backup.bytes) })
    if (backup.unreadable.length > 0) store.addUnreadable(backup.unreadable)
    return saved ? { unreadable: backup.unreadable.length } : null
  }

  /** Asks for a backup file; null when the user cancelled. */
  async function chooseBackup(): Promise<{ name: string; bytes: Uint8Array } | null> {
    try {
      const { name, dataB64 } = await host().call('backup/open', {})
      return { name, bytes: fromBase64(dataB64) }
    } catch (error) {
      if (kindOf(error) === 'cancelled') return null
      throw error
    }
  }

  /**
   * Replaces all data with a backup's, after checking all of it. The backup's passphrase becomes
   * the passphrase. Works from the first-run screen too (a new computer). From an open vault the
   * app stays on screen: the session closes while the data is replaced and opens again on the
   * restored data, or on the data as it was when the restore failed.
   */
  async function restore(bytes: Uint8Array, passphrase: string): Promise<RestoreReport> {
    const write: WriteAttachments = async (files) => {
      await host().call('attachments/restore-encrypted', { files })
    }
    const restoreAndSay = async (beforeSwap?: () => void) => {
      const { restoreBackup } = await import('./backups')
      const done = await restoreBackup(vault.current(), bytes, passphrase, write, beforeSwap)
      // Said before the app reopens, so whichever screen opens first can show it.
      restoreSummary.value = describeRestore(done)
      return done
    }
    let report: RestoreReport
    const from = store.status.value
    if (from !== 'unlocked') {
      report = await vault.run(from, () => restoreAndSay())
    } else {
      // The session stays open until the backup is verified and staged; it closes for the swap.
      report = await vault.closingSession(restoreAndSay, () => {
        store.unreadable.value = []
        store.notices.value = []
      })
    }
    store.unreadable.value = report.unreadable
    return report
  }

  /** The summary of the last restore, once: the screen that shows it takes it. */
  function takeRestoreSummary(): string | null {
    const summary = restoreSummary.value
    restoreSummary.value = null
    return summary
  }

  /** Forgets the summary of the last restore (the vault locked). */
  function forget(): void {
    restoreSummary.value = null
  }

  return { backUpNow, chooseBackup, restore, takeRestoreSummary, forget }
}
