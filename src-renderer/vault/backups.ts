/**
 * Backups from the renderer's side: build one file from the records and the (still encrypted)
 * attachment files, and restore one through a staging database so a failure changes nothing.
 */
import { fromBase64, toBase64 } from '@shared/vault/bytes'
import { decodeBackup, encodeBackup } from '@shared/vault/backupFile'
import type { BackupContents } from '@shared/vault/backupPayload'
import type { EncryptedFile } from '@shared/ipc/contract'
import { isVaultError, VaultError } from '@shared/vault/errors'
import { decodeVaultHeader, slotOf } from '@shared/vault/vaultHeader'
import { envelopeCounter, openRecord } from '@shared/vault/recordEnvelope'
import { manifestOf } from '@shared/vault/manifest'
import { wipeKeys } from '@shared/vault/subkeys'
import { STAGING_DB_NAME, VaultDb, type RecordRow } from './db'
import type { UnreadableRecord } from './recordStore'
import { putManifestRows, wholeManifestRows } from './manifestRows'
import type { Vault } from './vault'
import { HEADER_KEY } from './vaultState'

/** A backup file, and the rows it carries as they were because they could not be read. */
export interface CreatedBackup {
  bytes: Uint8Array
  unreadable: UnreadableRecord[]
}

/** What a restore brought back. */
export interface RestoreReport {
  /** Readable records restored, by table name. */
  tables: Record<string, number>
  attachments: number
  /** Rows restored as they were but not readable (damaged before the backup was made). */
  unreadable: UnreadableRecord[]
}

/**
 * Builds the backup file of an unlocked vault. `files` are main's encrypted attachments. Every
 * row goes in, and the ones that cannot be read are marked, so the backup still restores.
 */
export async function createBackup(vault: Vault, files: EncryptedFile[]): Promise<CreatedBackup> {
  const { db, sodium } = vault.deps
  const keys = vault.requireKeys()
  const header = vault.requireHeader()
  const meta = await db.meta.get(HEADER_KEY)
  if (!meta) throw new VaultError('no-vault', 'no header')
  const unreadable = await vault.records.scan()
  const records = await db.records.toArray()
  const contents: BackupContents = {
    vaultHeader: meta.value,
    records: records.map((r) => ({ table: r.table, id: r.id, ciphertext: r.ciphertext })),
    attachments: files.map((f) => ({ fileId: f.fileId, bytes: fromBase64(f.dataB64) })),
    unreadable,
  }
  return { bytes: encodeBackup(sodium, keys, slotOf(header, 'passphrase'), contents), unreadable }
}

/** Where restored attachment files go (main, through the bridge). */
export type WriteAttachments = (files: EncryptedFile[]) => Promise<void>

/**
 * Restores a backup with its passphrase. Everything is decrypted and checked first, then staged
 * in a separate database and read back, then the attachments are written, and only then is the
 * real data replaced in one transaction. Any failure before that last step leaves the current
 * data as it was. Afterwards the vault is unlocked with the backup's keys and passphrase.
 *
 * The payload is authenticated as a whole, so a row inside it that does not open was already
 * damaged when the backup was made: it is restored as it was and reported, and every readable
 * row comes back. The restored rows get a new manifest (they were verified as a whole), at a
 * generation above any this computer's main has kept, so the restore is not taken for an older
 * copy put back; main keeps the restored header.
 */
export async function restoreBackup(
  vault: Vault,
  file: Uint8Array,
  passphrase: string,
  writeAttachments: WriteAttachments,
  /** Runs once everything is verified and staged, just before the data is replaced. */
  beforeSwap: () => void = () => {},
): Promise<RestoreReport> {
  const { db, sodium, kdf } = vault.deps
  const { keys, contents } = await decodeBackup(sodium, file, passphrase, kdf.derive)
  try {
    let header
    try {
      header = decodeVaultHeader(contents.vaultHeader)
    } catch {
      throw new VaultError('corrupt-payload', 'the vault header inside the backup is damaged')
    }
    if (header.keyId !== keys.keyId) throw new VaultError('corrupt-payload', 'key ids differ')
    const marked = new Map((contents.unreadable ?? []).map((u) => [`${u.table}/${u.id}`, u.kind]))
    const tables: Record<string, number> = {}
    const unreadable: UnreadableRecord[] = []
    for (const r of contents.records) {
      try {
        openRecord(sodium, keys.records, keys.keyId, r.table, r.id, r.ciphertext).fill(0)
        tables[r.table] = (tables[r.table] ?? 0) + 1
      } catch (error) {
        if (!isVaultError(error)) throw error
        const kind = marked.get(`${r.table}/${r.id}`) ?? error.kind
        unreadable.push({ table: r.table, id: r.id, kind })
      }
    }
    const rows: RecordRow[] = contents.records.map((r) => ({ ...r }))
    const staged = await stage(rows, contents.vaultHeader)
    const { keeper } = vault.deps
    const kept = keeper ? await keeper.read() : { generation: 0 }
    const generation =
      staged.reduce(
        (high, r) => Math.max(high, envelopeCounter(r.ciphertext) ?? 0),
        kept.generation,
      ) + 1
    const manifest = wholeManifestRows(sodium, keys, manifestOf(staged, generation))
    await writeAttachments(
      contents.attachments.map((f) => ({ fileId: f.fileId, dataB64: toBase64(f.bytes) })),
    )
    beforeSwap()
    await db.strictly((strict) =>
      strict.transaction('rw', strict.records, strict.meta, async () => {
        await strict.records.clear()
        await strict.records.bulkPut(staged)
        await strict.meta.put({ key: HEADER_KEY, value: contents.vaultHeader })
        await putManifestRows(strict, manifest)
      }),
    )
    await new VaultDb(STAGING_DB_NAME).delete()
    vault.adopt(header, keys)
    await vault.keepHeaderCopy(contents.vaultHeader)
    await keeper?.keepGeneration(generation).catch(() => {})
    return { tables, attachments: contents.attachments.length, unreadable }
  } catch (error) {
    wipeKeys(sodium, keys)
    throw error
  }
}

/** Writes rows to the staging database and reads them back, proving they were stored whole. */
async function stage(rows: RecordRow[], vaultHeader: string): Promise<RecordRow[]> {
  const staging = new VaultDb(STAGING_DB_NAME)
  try {
    await staging.transaction('rw', staging.records, staging.meta, async () => {
      await staging.records.clear()
      await staging.records.bulkPut(rows)
      await staging.meta.put({ key: HEADER_KEY, value: vaultHeader })
    })
    const back = await staging.records.toArray()
    if (back.length !== rows.length) throw new VaultError('corrupt-payload', 'staging lost rows')
    return back
  } finally {
    staging.close()
  }
}
