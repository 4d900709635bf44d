/**
 * Sync sessions of real vaults (fake IndexedDB, real libsodium) over one in-memory synced folder.
 * Production code never imports this file.
 */
import { loadSodium } from '@shared/vault/sodium'
import { SyncSession } from '../../src-renderer/sync/syncSession'
import type { AttachmentCopier } from '../../src-renderer/sync/attachmentSync'
import type { SessionAttachmentPorts } from '../../src-renderer/sync/sessionAttachments'
import type { Vault } from '../../src-renderer/vault/vault'
import { createdVault, testVault, VAULT_PASSPHRASE } from './rendererVault'
import { SyncedFolders } from './syncedFolders'
import { testClock } from './syncKit'

/**
 * Two devices of one vault: the second joined with the first's header and passphrase. Every
 * session started is pushed on `sessions`, for the test to close.
 */
export async function twoDevices(sessions: SyncSession[]) {
  const sodium = await loadSodium()
  const first = await createdVault('sync-first')
  const second = await testVault('sync-second')
  await second.vault.join(await first.vault.headerText(), VAULT_PASSPHRASE)
  const folders = new SyncedFolders(2)
  const clock = testClock()
  const merged = [0, 0]
  const start = async (
    vault: Vault,
    index: number,
    attachments?: AttachmentCopier | SessionAttachmentPorts,
  ) => {
    const session = await SyncSession.start({
      sodium,
      records: vault.records,
      folder: folders.port(index),
      keys: () => vault.requireKeys(),
      headerText: () => vault.headerText(),
      now: clock.now,
      onMerged: () => void merged[index]!++,
      ...(typeof attachments === 'function' ? { attachments } : attachments),
    })
    sessions.push(session)
    return session
  }
  return { first: first.vault, second: second.vault, folders, merged, start }
}

/** Two devices, the first with `record` (an application), both synced once. */
export async function pairedDevices(sessions: SyncSession[], record: { id: string }) {
  const devices = await twoDevices(sessions)
  const { first, second, folders, start } = devices
  await first.records.put('opportunities', record.id, record)
  const a = await start(first, 0)
  await a.sync()
  folders.deliverAll()
  const b = await start(second, 1)
  await b.sync()
  return { ...devices, a, b }
}

/**
 * Two paired devices (`pairedDevices`); the first then changes its passphrase to
 * `newPassphrase`, syncs under the new key, and edits `record`'s role. The second has seen
 * none of it yet. `oldKeyId` is the key both had before.
 */
export async function rotatedOnFirst(
  sessions: SyncSession[],
  record: { id: string; role: string },
  newPassphrase: string,
) {
  const devices = await pairedDevices(sessions, record)
  const { first, second, folders, start, a: before } = devices
  folders.deliverAll()
  const oldKeyId = second.requireKeys().keyId

  // The app closes the session while the vault moves to the new key.
  await before.close()
  await first.changePassphrase(VAULT_PASSPHRASE, newPassphrase)
  const a = await start(first, 0)
  await a.sync()
  await first.records.put('opportunities', record.id, { ...record, role: 'Design director' })
  await a.sync()
  return { ...devices, a, oldKeyId }
}
