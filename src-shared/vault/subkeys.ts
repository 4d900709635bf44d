/**
 * Subkeys of the data key, one per purpose, from crypto_kdf_derive_from_key with an 8-byte
 * context, so a key used for records is never the key used for backups.
 */
import { KEY_BYTES } from './kdf'
import type { Sodium } from './sodium'

/** The keys an unlocked vault holds. Zero them all with `wipeKeys` on lock. */
export interface VaultKeys {
  dataKey: Uint8Array
  /** Encrypts record envelopes. */
  records: Uint8Array
  /** Encrypts backup payloads. */
  backups: Uint8Array
  /** Authenticates the manifest of rows and write counters (manifest.ts). */
  manifest: Uint8Array
  /** Id of the data key, copied into record envelopes. */
  keyId: number
  /** While the data key is being replaced: the keys of rows not yet re-encrypted. */
  previous?: VaultKeys
}

const RECORDS_CONTEXT = 'AVrecord'
const BACKUPS_CONTEXT = 'AVbackup'
const MANIFEST_CONTEXT = 'AVmanife'
const SYNC_CONTEXT = 'AVsynced'

/** Derives the subkeys of `dataKey`. The data key is kept (it is needed to re-wrap slots). */
export function deriveVaultKeys(sodium: Sodium, dataKey: Uint8Array, keyId: number): VaultKeys {
  return {
    dataKey,
    records: sodium.crypto_kdf_derive_from_key(KEY_BYTES, 1, RECORDS_CONTEXT, dataKey),
    backups: sodium.crypto_kdf_derive_from_key(KEY_BYTES, 1, BACKUPS_CONTEXT, dataKey),
    manifest: sodium.crypto_kdf_derive_from_key(KEY_BYTES, 1, MANIFEST_CONTEXT, dataKey),
    keyId,
  }
}

/**
 * The key that seals this vault's sync files (ARCHITECTURE.md, "Sync"), derived only while sync
 * runs; its owner zeroes it when sync stops or the vault locks. Files sealed with it carry
 * `keyId`, so after a passphrase change the other devices know they need the new passphrase.
 */
export function deriveSyncKey(sodium: Sodium, dataKey: Uint8Array): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(KEY_BYTES, 1, SYNC_CONTEXT, dataKey)
}

/** Overwrites every key with zeros (libsodium memzero). */
export function wipeKeys(sodium: Sodium, keys: VaultKeys): void {
  sodium.memzero(keys.dataKey)
  sodium.memzero(keys.records)
  sodium.memzero(keys.backups)
  sodium.memzero(keys.manifest)
  if (keys.previous) wipeKeys(sodium, keys.previous)
}
