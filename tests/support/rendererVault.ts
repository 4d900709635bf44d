/**
 * A real vault for the renderer's tests (fake IndexedDB, real libsodium, the test-only KDF cost),
 * and files imported through main's real handlers (see realHost.ts).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadSodium } from '@shared/vault/sodium'
import { VaultDb } from '../../src-renderer/vault/db'
import { inlineKdf } from '../../src-renderer/vault/kdfRunner'
import { Vault } from '../../src-renderer/vault/vault'
import type { VaultDeps } from '../../src-renderer/vault/vaultState'
import type { UnreadableRecord } from '../../src-renderer/vault/recordStore'
import type { VaultKeeper } from '../../src-renderer/vault/keeper'
import type { IntegrityNotice } from '../../src-renderer/vault/manifestStore'
import { importAttachment, type AttachmentRef } from '../../src-renderer/attachments/attachments'
import { useSessionStore } from '../../src-renderer/session/store'
import { loadSession } from '../../src-renderer/session/lifecycle'
import type { TestPorts } from './testPorts'
import type { Sodium } from '@shared/vault/sodium'
import type { RotationStep } from '../../src-renderer/vault/rotation'
import type { RotationFiles } from '../../src-renderer/vault/rotationFiles'

/** The passphrase of every vault made here. */
export const VAULT_PASSPHRASE = 'a long passphrase'

/**
 * A vault over its own new IndexedDB database, not created yet; `reported` collects the rows it
 * reports as unreadable (and `onUnreadable` hears them too).
 */
export async function testVault(
  prefix: string,
  onUnreadable?: VaultDeps['onUnreadable'],
): Promise<{ vault: Vault; dbName: string; reported: UnreadableRecord[] }> {
  const sodium = await loadSodium()
  const dbName = `${prefix}-${Math.random().toString(36).slice(2)}`
  const reported: UnreadableRecord[] = []
  const vault = new Vault({
    db: new VaultDb(dbName),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
    onUnreadable: (rows) => {
      reported.push(...rows)
      onUnreadable?.(rows)
    },
  })
  return { vault, dbName, reported }
}

/**
 * A vault over `db` whose main keeps its header and generation in `keeper`; `reported` and
 * `notices` collect every unreadable row and every finding about the whole vault it reports.
 */
export async function watchedVault(
  db: VaultDb,
  keeper: VaultKeeper,
): Promise<{ vault: Vault; reported: UnreadableRecord[]; notices: IntegrityNotice[] }> {
  const sodium = await loadSodium()
  const reported: UnreadableRecord[] = []
  const notices: IntegrityNotice[] = []
  const vault = new Vault({
    db,
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
    keeper,
    onUnreadable: (rows) => reported.push(...rows),
    onIntegrity: (notice) => notices.push(notice),
  })
  return { vault, reported, notices }
}

/**
 * Locks a watched vault once its manifest is saved, forgets what it reported so far, and unlocks
 * it with `passphrase`: what `reported` and `notices` hold then is what that unlock found.
 */
export async function relockWatched(
  watched: { vault: Vault; reported: UnreadableRecord[]; notices: IntegrityNotice[] },
  passphrase: string,
): Promise<void> {
  await watched.vault.records.manifest.settled()
  watched.vault.lock()
  watched.reported.length = 0
  watched.notices.length = 0
  await watched.vault.unlock(passphrase)
}

/** A new vault in its own IndexedDB database, created and unlocked; answers the database name. */
export async function createdVault(
  prefix: string,
  onUnreadable?: VaultDeps['onUnreadable'],
): Promise<{ vault: Vault; dbName: string; reported: UnreadableRecord[] }> {
  const made = await testVault(prefix, onUnreadable)
  await made.vault.create(VAULT_PASSPHRASE)
  return made
}

/**
 * A new vault with a session open over it, as unlocking opens one in the app (the active pinia's
 * session store). The stores have not loaded: call their `load` or `loadSession`.
 */
export async function openedSession(prefix: string): Promise<{ vault: Vault; dbName: string }> {
  const created = await createdVault(prefix)
  useSessionStore().open(created.vault.records)
  return created
}

/**
 * Locks the vault and disposes the session, then unlocks, opens a new session and loads every
 * store from it: what the app does on a lock and the next unlock.
 */
export async function lockAndUnlock(vault: Vault): Promise<void> {
  vault.lock()
  useSessionStore().close()
  await vault.unlock(VAULT_PASSPHRASE)
  useSessionStore().open(vault.records)
  await loadSession()
}

/** Writes a file where the user would pick it and imports it through main's open dialog. */
export async function importedFile(
  host: TestPorts,
  name: string,
  content: string | Uint8Array,
): Promise<AttachmentRef> {
  const path = join(host.documentsDir, name)
  await writeFile(path, content)
  host.dialog.opens.push(path)
  const file = await importAttachment()
  if (!file) throw new Error(`the open dialog did not answer ${name}`)
  return file
}

/**
 * A vault over database `name` for rotation tests: the test-only KDF cost, batches of two rows
 * (many steps), `files` for attachments. `steps` hears each rotation step; at step number
 * `stopAt` the work throws, as a kill would stop it there.
 */
export function killableVault(
  sodium: Sodium,
  name: string,
  options: { stopAt?: number; steps?: RotationStep[]; files?: RotationFiles } = {},
): Vault {
  let seen = 0
  return new Vault({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
    rotationBatchRows: 2,
    ...(options.files ? { files: options.files } : {}),
    onRotationStep: (step) => {
      options.steps?.push(step)
      if (seen++ === options.stopAt) throw new Error(`killed at ${step.kind}`)
    },
  })
}
