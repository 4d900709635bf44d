/**
 * A lost header row, put back from main's copy (keeper.ts). Without its header a vault's records
 * cannot be opened, and creating a new vault over them would leave them unreadable for good, so
 * the lock screen offers this instead when records remain without a header.
 */
import { VaultError } from '@shared/vault/errors'
import { envelopeKeyId } from '@shared/vault/recordEnvelope'
import { decodeVaultHeader, type VaultHeader } from '@shared/vault/vaultHeader'
import type { VaultDb } from './db'
import type { VaultKeeper } from './keeper'
import { HEADER_KEY } from './vaultState'

/** True when the header row is gone but records remain. */
export async function headerLost(db: VaultDb): Promise<boolean> {
  return (await db.meta.get(HEADER_KEY)) === undefined && (await db.records.count()) > 0
}

/**
 * Puts main's copy of the header back in place of a lost header row, after checking that it is
 * a header and that records on disk were sealed under its key. Errors: no-header-copy (none
 * kept, or one that does not fit these records), vault-exists (the header row is there).
 */
export async function recoverHeader(db: VaultDb, keeper: VaultKeeper | undefined): Promise<void> {
  if ((await db.meta.get(HEADER_KEY)) !== undefined) {
    throw new VaultError('vault-exists', 'the header row is there')
  }
  const copy = keeper ? (await keeper.read()).header : null
  if (copy === null) throw new VaultError('no-header-copy', 'main keeps no header copy')
  let header: VaultHeader
  try {
    header = decodeVaultHeader(copy)
  } catch {
    throw new VaultError('no-header-copy', 'main’s header copy does not read')
  }
  const ids = new Set([header.keyId, ...(header.rotation ? [header.rotation.keyId] : [])])
  let fits = false
  await db.records.each((row) => {
    fits ||= ids.has(envelopeKeyId(row.ciphertext) ?? -1)
  })
  if (!fits) throw new VaultError('no-header-copy', 'main’s header copy is of another key')
  await db.putMetaStrict({ key: HEADER_KEY, value: copy })
}
