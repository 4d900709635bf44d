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
import type { UnreadableRecord } from '../../src-renderer/vault/recordStore'
import { importAttachment, type AttachmentRef } from '../../src-renderer/vault/attachments'
import type { TestPorts } from './testPorts'

/** The passphrase of every vault made here. */
export const VAULT_PASSPHRASE = 'a long passphrase'

/**
 * A vault over its own new IndexedDB database, not created yet; `reported` collects the rows it
 * reports as unreadable.
 */
export async function testVault(
  prefix: string,
): Promise<{ vault: Vault; dbName: string; reported: UnreadableRecord[] }> {
  const sodium = await loadSodium()
  const dbName = `${prefix}-${Math.random().toString(36).slice(2)}`
  const reported: UnreadableRecord[] = []
  const vault = new Vault({
    db: new VaultDb(dbName),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
    onUnreadable: (rows) => reported.push(...rows),
  })
  return { vault, dbName, reported }
}

/** A new vault in its own IndexedDB database, created and unlocked; answers the database name. */
export async function createdVault(
  prefix: string,
): Promise<{ vault: Vault; dbName: string; reported: UnreadableRecord[] }> {
  const made = await testVault(prefix)
  await made.vault.create(VAULT_PASSPHRASE)
  return made
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
