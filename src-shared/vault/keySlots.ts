/**
 * Key slots and the vault header. The random 32-byte data key is wrapped (XChaCha20-Poly1305)
 * once per slot: by the passphrase's KEK and by the recovery code's KEK. No password hash is
 * stored: a secret is right exactly when its slot unwraps.
 *
 * The header is not secret (salts, KDF costs, wrapped keys); it is stored as JSON text so that
 * "stored data is byte-identical" can be checked by comparing strings.
 */
import * as v from 'valibot'
import { concatBytes, fromBase64, toBase64, u32, utf8 } from './bytes'
import { VaultError } from './errors'
import { checkKdfForRead, KEY_BYTES, SALT_BYTES, type KdfParams } from './kdf'
import type { Sodium } from './sodium'

/** The format version this code writes. */
export const VAULT_FORMAT_VERSION = 1

/** Which secret a slot opens with. */
export type SlotKind = 'passphrase' | 'recovery'

/** One wrapped copy of the data key. */
export interface KeySlot {
  kind: SlotKind
  kdf: KdfParams
  /** 24-byte XChaCha20 nonce. */
  nonce: Uint8Array
  /** The data key, encrypted and authenticated (32 + 16 bytes). */
  wrappedKey: Uint8Array
}

/** The vault header: what is needed to unlock, and nothing private. */
export interface VaultHeader {
  version: typeof VAULT_FORMAT_VERSION
  /** Random 32-bit id of the data key, copied into every record envelope. */
  keyId: number
  slots: KeySlot[]
}

const NONCE_BYTES = 24
const WRAPPED_BYTES = KEY_BYTES + 16

function slotAd(kind: SlotKind, keyId: number): Uint8Array {
  return concatBytes(utf8(`afterview.vault.v${VAULT_FORMAT_VERSION}.slot.${kind}`), u32(keyId))
}

/** Wraps `dataKey` under `kek` for a slot of `kind`. */
export function sealSlot(
  sodium: Sodium,
  kind: SlotKind,
  dataKey: Uint8Array,
  kek: Uint8Array,
  kdf: KdfParams,
  keyId: number,
): KeySlot {
  const nonce = sodium.randombytes_buf(NONCE_BYTES)
  const wrappedKey = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    dataKey,
    slotAd(kind, keyId),
    null,
    nonce,
    kek,
  )
  return { kind, kdf, nonce, wrappedKey }
}

/**
 * Unwraps the data key of a slot, or throws `wrong-passphrase` / `wrong-recovery-code`.
 * The caller zeroes `kek` afterwards.
 */
export function openSlot(
  sodium: Sodium,
  slot: KeySlot,
  kek: Uint8Array,
  keyId: number,
): Uint8Array {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      slot.wrappedKey,
      slotAd(slot.kind, keyId),
      slot.nonce,
      kek,
    )
  } catch {
    const kind = slot.kind === 'recovery' ? 'wrong-recovery-code' : 'wrong-passphrase'
    throw new VaultError(kind, `the ${slot.kind} slot did not unwrap`)
  }
}

/** The slot of a kind, or `corrupt-header` when the header has none. */
export function slotOf(header: VaultHeader, kind: SlotKind): KeySlot {
  const slot = header.slots.find((s) => s.kind === kind)
  if (!slot) throw new VaultError('corrupt-header', `no ${kind} slot`)
  return slot
}

/** JSON form of a KDF parameter set (salt as base64). */
export function kdfToJson(kdf: KdfParams): Record<string, unknown> {
  return {
    algorithm: kdf.algorithm,
    opsLimit: kdf.opsLimit,
    memLimitBytes: kdf.memLimitBytes,
    salt: toBase64(kdf.salt),
  }
}

/** JSON form of a key slot (bytes as base64). */
export function slotToJson(slot: KeySlot): Record<string, unknown> {
  return {
    kind: slot.kind,
    kdf: kdfToJson(slot.kdf),
    nonce: toBase64(slot.nonce),
    wrappedKey: toBase64(slot.wrappedKey),
  }
}

/** Serialises a header to the JSON text stored in the database. */
export function encodeVaultHeader(header: VaultHeader): string {
  return JSON.stringify({
    format: 'afterview-vault',
    version: header.version,
    keyId: header.keyId,
    slots: header.slots.map(slotToJson),
  })
}

const b64 = v.pipe(v.string(), v.maxLength(4096))
/** Valibot schema of a key slot's JSON form. */
export const slotJsonSchema = v.strictObject({
  kind: v.picklist(['passphrase', 'recovery']),
  kdf: v.strictObject({
    algorithm: v.literal('argon2id13'),
    opsLimit: v.pipe(v.number(), v.integer()),
    memLimitBytes: v.pipe(v.number(), v.integer()),
    salt: b64,
  }),
  nonce: b64,
  wrappedKey: b64,
})

const headerSchema = v.strictObject({
  format: v.literal('afterview-vault'),
  version: v.literal(VAULT_FORMAT_VERSION),
  keyId: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  slots: v.pipe(v.array(slotJsonSchema), v.minLength(1), v.maxLength(4)),
})

/** Parses a slot's JSON form, checking lengths and KDF caps. */
export function slotFromJson(json: v.InferOutput<typeof slotJsonSchema>): KeySlot {
  let slot: KeySlot
  try {
    slot = {
      kind: json.kind,
      kdf: { ...json.kdf, salt: fromBase64(json.kdf.salt) },
      nonce: fromBase64(json.nonce),
      wrappedKey: fromBase64(json.wrappedKey),
    }
  } catch {
    throw new VaultError('corrupt-header', 'bad base64 in a key slot')
  }
  if (slot.kdf.salt.length !== SALT_BYTES) throw new VaultError('corrupt-header', 'salt length')
  if (slot.nonce.length !== NONCE_BYTES || slot.wrappedKey.length !== WRAPPED_BYTES) {
    throw new VaultError('corrupt-header', 'slot lengths')
  }
  checkKdfForRead(slot.kdf)
  return slot
}

/**
 * Parses the stored header text. Throws `corrupt-header`, `unsupported-version` (a newer app
 * wrote it) or `kdf-too-costly` (it asks for more than the caps).
 */
export function decodeVaultHeader(text: string): VaultHeader {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new VaultError('corrupt-header', 'header is not JSON')
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== 'afterview-vault'
  ) {
    throw new VaultError('corrupt-header', 'not a vault header')
  }
  if ((raw as { version?: unknown }).version !== VAULT_FORMAT_VERSION) {
    throw new VaultError('unsupported-version', 'vault header version')
  }
  const parsed = v.safeParse(headerSchema, raw)
  if (!parsed.success) throw new VaultError('corrupt-header', 'header does not match its schema')
  const slots = parsed.output.slots.map(slotFromJson)
  if (new Set(slots.map((s) => s.kind)).size !== slots.length) {
    throw new VaultError('corrupt-header', 'duplicate slot kinds')
  }
  return { version: VAULT_FORMAT_VERSION, keyId: parsed.output.keyId, slots }
}
