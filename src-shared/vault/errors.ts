/**
 * Typed failures of the vault formats. Each kind names one situation the user can be told about
 * in plain words (the renderer maps kinds to sentences); the message is for logs only.
 */
import { KindedError } from '../domain/kindedError'

/**
 * Every way opening, unlocking or reading vault data can fail. A list as well as a type: vault
 * kinds also cross the bridge (a damaged attachment, a backup that is not one), where the bridge
 * checks each kind it receives against the list.
 */
export const VAULT_ERROR_KINDS = [
  /** The passphrase does not unwrap the data key. */
  'wrong-passphrase',
  /** The recovery code does not unwrap the data key. */
  'wrong-recovery-code',
  /** The recovery code has the wrong length or letters that never appear in one. */
  'invalid-recovery-code',
  /** A header asks for more memory or passes than Afterview allows (a hostile or broken file). */
  'kdf-too-costly',
  /** Creation was asked to use key derivation below the production floor. */
  'kdf-too-weak',
  /** A vault or backup header is damaged. */
  'corrupt-header',
  /** Data written by a newer (or unknown) format version. */
  'unsupported-version',
  /** A record's envelope is damaged or was moved to another table or id. */
  'corrupt-record',
  /** A record opens, but is an older copy than the one the vault last wrote (put back). */
  'rolled-back-record',
  /** The vault's manifest lists a record that is no longer on disk (deleted outside the app). */
  'missing-record',
  /** A record opens, but the vault's manifest does not list it at this version (copied in). */
  'unlisted-record',
  /** The passphrase's key slot fails its checksum: damaged on disk, not a wrong passphrase. */
  'damaged-passphrase-slot',
  /** The recovery code's key slot fails its checksum: damaged on disk, not a wrong code. */
  'damaged-recovery-slot',
  /** The header row is gone and main holds no copy of it that fits the records on disk. */
  'no-header-copy',
  /** A record decrypts but is not what its table holds (a wrong type or an impossible value). */
  'invalid-record',
  /** A record was encrypted under a data key this vault does not hold. */
  'unknown-key',
  /** The bytes are not an Afterview attachment file. */
  'not-an-attachment',
  /** An attachment file is damaged (or the key does not match it). */
  'corrupt-attachment',
  /** An attachment file ends before its final chunk. */
  'truncated-attachment',
  /** The bytes are not an Afterview backup. */
  'not-a-backup',
  /** A backup's header opened, but its contents are damaged. */
  'corrupt-payload',
  /**
   * A change of passphrase or recovery code was interrupted, and the secret given opens only
   * the key from before it: the new passphrase or the recovery code finishes the change.
   */
  'rotation-pending',
  /** A save would write over a row that could not be read, and the user has not chosen to. */
  'unreadable-kept',
  /** The vault is locked: keys are not in memory. */
  'locked',
  /** A vault already exists where a new one was to be created, or none exists where one is needed. */
  'vault-exists',
  'no-vault',
] as const

/** Every way opening, unlocking or reading vault data can fail. */
export type VaultErrorKind = (typeof VAULT_ERROR_KINDS)[number]

/** An error with a kind the UI can explain. */
export class VaultError extends KindedError<VaultErrorKind> {
  override readonly name = 'VaultError'
}

/** True when `error` is a VaultError (of `kind`, when given). */
export function isVaultError(error: unknown, kind?: VaultErrorKind): error is VaultError {
  return error instanceof VaultError && (kind === undefined || error.kind === kind)
}
