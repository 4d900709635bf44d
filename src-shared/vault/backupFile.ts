/**
 * Backup files: one file holding everything, readable with the passphrase the vault had when the
 * backup was made.
 *
 *   "AVBACKUP" (8) | version u16 | header length u32 | header JSON | BLAKE2b-256 of all before
 *   | secretstream payload (backup subkey; associated data: that hash)
 *
 * The header hash tells a damaged header (`corrupt-header`) apart from a wrong passphrase. Reading
 * fails with exactly one of: not-a-backup, unsupported-version, corrupt-header, wrong-passphrase,
 * corrupt-payload (plus kdf-too-costly for a header asking for absurd work).
 */
import * as v from 'valibot'
import { concatBytes, equalBytes, fromUtf8, readU16, readU32, u16, u32, utf8 } from './bytes'
import { VaultError } from './errors'
import { slotFromJson, slotJsonSchema, slotToJson, openSlot, type KeySlot } from './keySlots'
import { decodeBackupPayload, encodeBackupPayload, type BackupContents } from './backupPayload'
import { openStream, sealStream } from './secretStream'
import { deriveVaultKeys, type VaultKeys } from './subkeys'
import type { DeriveKek } from './vaultKeys'
import type { Sodium } from './sodium'

/** The backup format version this code writes. */
export const BACKUP_VERSION = 1

/** File name extension of backups. */
export const BACKUP_EXTENSION = 'afterview-backup'

const MAGIC = utf8('AVBACKUP')
const HASH_BYTES = 32
const MAX_HEADER_BYTES = 16 * 1024

const headerSchema = v.strictObject({
  format: v.literal('afterview-backup'),
  keyId: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  slot: slotJsonSchema,
})

/** A backup whose header has been read and checked, before any passphrase is tried. */
export interface ParsedBackup {
  keyId: number
  slot: KeySlot
  headerHash: Uint8Array
  /** The encrypted payload (a view into the file's bytes). */
  payload: Uint8Array
}

/** Builds a backup file from the unlocked vault's keys, its passphrase slot and its contents. */
export function encodeBackup(
  sodium: Sodium,
  keys: VaultKeys,
  passphraseSlot: KeySlot,
  contents: BackupContents,
): Uint8Array {
  const header = utf8(
    JSON.stringify({
      format: 'afterview-backup',
      keyId: keys.keyId,
      slot: slotToJson(passphraseSlot),
    }),
  )
  const prefix = concatBytes(MAGIC, u16(BACKUP_VERSION), u32(header.length), header)
  const hash = sodium.crypto_generichash(HASH_BYTES, prefix, null)
  const payload = sealStream(sodium, keys.backups, encodeBackupPayload(contents), hash)
  return concatBytes(prefix, hash, payload)
}

/** Reads and checks the header; no key derivation happens here. */
export function parseBackupHeader(sodium: Sodium, file: Uint8Array): ParsedBackup {
  if (file.length < MAGIC.length || !equalBytes(file.subarray(0, MAGIC.length), MAGIC)) {
    throw new VaultError('not-a-backup', 'magic')
  }
  if (file.length < MAGIC.length + 6) throw new VaultError('corrupt-header', 'cut short')
  const version = readU16(file, MAGIC.length)
  if (version !== BACKUP_VERSION) throw new VaultError('unsupported-version', `backup v${version}`)
  const headerLength = readU32(file, MAGIC.length + 2)
  const headerStart = MAGIC.length + 6
  const hashStart = headerStart + headerLength
  if (headerLength > MAX_HEADER_BYTES || hashStart + HASH_BYTES > file.length) {
    throw new VaultError('corrupt-header', 'header length')
  }
  const headerHash = file.slice(hashStart, hashStart + HASH_BYTES)
  const expected = sodium.crypto_generichash(HASH_BYTES, file.subarray(0, hashStart), null)
  if (!equalBytes(headerHash, expected)) throw new VaultError('corrupt-header', 'header hash')
  let raw: unknown
  try {
    raw = JSON.parse(fromUtf8(file.subarray(headerStart, hashStart)))
  } catch {
    throw new VaultError('corrupt-header', 'header is not JSON')
  }
  const parsed = v.safeParse(headerSchema, raw)
  if (!parsed.success) throw new VaultError('corrupt-header', 'header does not match its schema')
  const slot = slotFromJson(parsed.output.slot)
  if (slot.kind !== 'passphrase') throw new VaultError('corrupt-header', 'backup slot kind')
  return {
    keyId: parsed.output.keyId,
    slot,
    headerHash,
    payload: file.subarray(hashStart + HASH_BYTES),
  }
}

/** Unwraps the backup's data key with its passphrase, or throws `wrong-passphrase`. */
export async function unlockBackup(
  sodium: Sodium,
  parsed: ParsedBackup,
  passphrase: string,
  derive: DeriveKek,
): Promise<VaultKeys> {
  const kek = await derive(passphrase, parsed.slot.kdf)
  try {
    const dataKey = openSlot(sodium, parsed.slot, kek, parsed.keyId)
    return deriveVaultKeys(sodium, dataKey, parsed.keyId)
  } finally {
    sodium.memzero(kek)
  }
}

/** Decrypts and parses the payload; throws `corrupt-payload` on any damage. */
export function openBackupPayload(
  sodium: Sodium,
  parsed: ParsedBackup,
  keys: VaultKeys,
): BackupContents {
  const plaintext = openStream(sodium, keys.backups, parsed.payload, parsed.headerHash, {
    corrupt: 'corrupt-payload',
    truncated: 'corrupt-payload',
  })
  return decodeBackupPayload(plaintext)
}

/** Reads a whole backup with its passphrase: keys and contents, or one typed error. */
export async function decodeBackup(
  sodium: Sodium,
  file: Uint8Array,
  passphrase: string,
  derive: DeriveKek,
): Promise<{ keys: VaultKeys; contents: BackupContents }> {
  const parsed = parseBackupHeader(sodium, file)
  const keys = await unlockBackup(sodium, parsed, passphrase, derive)
  return { keys, contents: openBackupPayload(sodium, parsed, keys) }
}
