/**
 * The vault header: what is needed to unlock, and nothing private (salts, KDF costs, wrapped
 * keys, the recovery public key). Stored as JSON text so "stored data is byte-identical" can be
 * checked by comparing strings.
 *
 * Format 2, which this code writes: a passphrase slot, the recovery box (recoveryBox.ts) and,
 * while the data key is being replaced, the rotation journal. Format 1 (vaults made before):
 * a passphrase slot and a symmetric recovery slot; still read, and upgraded by the next rotation.
 *
 * Each slot is parsed on its own: a damaged slot is listed in `damaged`, and only its own secret
 * stops working (a damaged passphrase slot leaves the recovery code usable).
 */
import * as v from 'valibot'
import { fromBase64, toBase64 } from './bytes'
import { isVaultError, VaultError } from './errors'
import { KEY_BYTES } from './kdf'
import {
  b64,
  kdfFromJson,
  kdfJsonSchema,
  kdfToJson,
  slotFromJson,
  slotJsonSchema,
  slotToJson,
  type KeySlot,
  type SlotKind,
} from './keySlots'
import { SEALED_BYTES, type RecoveryBox } from './recoveryBox'

/** The format version this code writes. */
export const VAULT_FORMAT_VERSION = 2

/** The previous data key, wrapped under the next one (never the reverse). */
export interface WrappedPreviousKey {
  nonce: Uint8Array
  wrapped: Uint8Array
}

/**
 * A change of data key under way. Written before the first record is re-encrypted and removed
 * by the header write that ends the change, so a crash anywhere leaves it to be resumed.
 */
export interface RotationJournal {
  /** Id of the next data key; rows whose envelope carries it are already done. */
  keyId: number
  /** The next data key under the new passphrase. */
  passphrase: KeySlot
  /** The next data key sealed to the recovery public key. */
  recovery: RecoveryBox
  /** Lets the holder of the next key read rows still under the previous one, to finish. */
  previousKey: WrappedPreviousKey
}

/** The vault header. */
export interface VaultHeader {
  version: 1 | typeof VAULT_FORMAT_VERSION
  /** Random 32-bit id of the data key, copied into every record envelope. */
  keyId: number
  /** Symmetric slots: the passphrase's, and in format 1 the recovery code's. */
  slots: KeySlot[]
  /** Format 2: the recovery code's slot. */
  recovery?: RecoveryBox
  rotation?: RotationJournal
  /** Slots present in the stored text that could not be read. */
  damaged?: SlotKind[]
  /**
   * A checksum of each slot as stored (slotChecks.ts): it tells a slot damaged on disk from a
   * wrong secret. Absent in headers written before it; unknown to older readers, which skip it.
   */
  checks?: Partial<Record<SlotKind, Uint8Array>>
}

const boxJsonSchema = v.strictObject({
  kdf: kdfJsonSchema,
  publicKey: b64,
  sealed: b64,
  mac: b64,
})

const previousKeySchema = v.strictObject({ nonce: b64, wrapped: b64 })

const keyIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))

const headerSchema = v.object({
  format: v.literal('afterview-vault'),
  version: v.picklist([1, VAULT_FORMAT_VERSION]),
  keyId: keyIdSchema,
  slots: v.pipe(v.array(v.unknown()), v.maxLength(4)),
  recovery: v.optional(v.unknown()),
  rotation: v.optional(v.unknown()),
  checks: v.optional(v.unknown()),
})

const rotationSchema = v.strictObject({
  keyId: keyIdSchema,
  passphrase: slotJsonSchema,
  recovery: boxJsonSchema,
  previousKey: previousKeySchema,
})

function bytesOf(text: string, length: number): Uint8Array {
  let bytes: Uint8Array
  try {
    bytes = fromBase64(text)
  } catch {
    throw new VaultError('corrupt-header', 'bad base64 in the header')
  }
  if (bytes.length !== length)
    throw new VaultError('corrupt-header', 'a header field has the wrong length')
  return bytes
}

/** JSON form of a recovery box (bytes as base64). */
export function boxToJson(box: RecoveryBox): Record<string, unknown> {
  return {
    kdf: kdfToJson(box.kdf),
    publicKey: toBase64(box.publicKey),
    sealed: toBase64(box.sealed),
    mac: toBase64(box.mac),
  }
}

function boxFromJson(raw: unknown): RecoveryBox {
  const parsed = v.safeParse(boxJsonSchema, raw)
  if (!parsed.success) throw new VaultError('corrupt-header', 'recovery box schema')
  return {
    kdf: kdfFromJson(parsed.output.kdf),
    publicKey: bytesOf(parsed.output.publicKey, 32),
    sealed: bytesOf(parsed.output.sealed, SEALED_BYTES),
    mac: bytesOf(parsed.output.mac, 32),
  }
}

function rotationFromJson(raw: unknown): RotationJournal {
  const parsed = v.safeParse(rotationSchema, raw)
  if (!parsed.success) throw new VaultError('corrupt-header', 'rotation journal schema')
  const passphrase = slotFromJson(parsed.output.passphrase)
  if (passphrase.kind !== 'passphrase') throw new VaultError('corrupt-header', 'journal slot')
  return {
    keyId: parsed.output.keyId,
    passphrase,
    recovery: boxFromJson(parsed.output.recovery),
    previousKey: {
      nonce: bytesOf(parsed.output.previousKey.nonce, 24),
      wrapped: bytesOf(parsed.output.previousKey.wrapped, KEY_BYTES + 16),
    },
  }
}

/** Serialises a header to the JSON text stored in the database (`damaged` is not stored). */
export function encodeVaultHeader(header: VaultHeader): string {
  const { rotation, recovery, checks } = header
  return JSON.stringify({
    format: 'afterview-vault',
    version: header.version,
    keyId: header.keyId,
    slots: header.slots.map(slotToJson),
    ...(recovery ? { recovery: boxToJson(recovery) } : {}),
    ...(rotation
      ? {
          rotation: {
            keyId: rotation.keyId,
            passphrase: slotToJson(rotation.passphrase),
            recovery: boxToJson(rotation.recovery),
            previousKey: {
              nonce: toBase64(rotation.previousKey.nonce),
              wrapped: toBase64(rotation.previousKey.wrapped),
            },
          },
        }
      : {}),
    ...(checks
      ? {
          checks: Object.fromEntries(
            Object.entries(checks).map(([kind, sum]) => [kind, toBase64(sum)]),
          ),
        }
      : {}),
  })
}

/**
 * Reads the slot checksums leniently: one that does not read is left out, so its slot is simply
 * not told apart from a wrong secret (a damaged checksum must never block a good slot).
 */
function checksFromJson(raw: unknown): VaultHeader['checks'] {
  if (typeof raw !== 'object' || raw === null) return undefined
  const checks: NonNullable<VaultHeader['checks']> = {}
  for (const kind of ['passphrase', 'recovery'] as const) {
    const text = (raw as Record<string, unknown>)[kind]
    if (typeof text !== 'string') continue
    try {
      const sum = fromBase64(text)
      if (sum.length === CHECK_BYTES) checks[kind] = sum
    } catch {
      // Left out, as above.
    }
  }
  return Object.keys(checks).length > 0 ? checks : undefined
}

/** Length of a slot checksum (BLAKE2b), in bytes. */
export const CHECK_BYTES = 16

/** Reads one part; a damaged part becomes its kind in `damaged`, other errors pass. */
function readPart<T>(read: () => T, kind: SlotKind, damaged: SlotKind[]): T | undefined {
  try {
    return read()
  } catch (error) {
    if (isVaultError(error, 'corrupt-header')) {
      damaged.push(kind)
      return undefined
    }
    throw error
  }
}

function kindOfRaw(raw: unknown): SlotKind | undefined {
  const kind = (raw as { kind?: unknown } | null)?.kind
  return kind === 'passphrase' || kind === 'recovery' ? kind : undefined
}

/**
 * Parses the stored header text. Throws `corrupt-header` (not a header, or no slot at all is
 * readable), `unsupported-version` (a newer app wrote it) or `kdf-too-costly`.
 */
export function decodeVaultHeader(text: string): VaultHeader {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new VaultError('corrupt-header', 'header is not JSON')
  }
  if (typeof raw !== 'object' || raw === null) {
    throw new VaultError('corrupt-header', 'not a vault header')
  }
  const { format, version } = raw as { format?: unknown; version?: unknown }
  if (format !== 'afterview-vault') throw new VaultError('corrupt-header', 'not a vault header')
  if (version !== 1 && version !== VAULT_FORMAT_VERSION) {
    throw new VaultError('unsupported-version', 'vault header version')
  }
  const parsed = v.safeParse(headerSchema, raw)
  if (!parsed.success) throw new VaultError('corrupt-header', 'header does not match its schema')
  const damaged: SlotKind[] = []
  const slots: KeySlot[] = []
  for (const json of parsed.output.slots) {
    const kind = kindOfRaw(json) ?? 'passphrase'
    const slot = readPart(
      () => {
        const checked = v.safeParse(slotJsonSchema, json)
        if (!checked.success) throw new VaultError('corrupt-header', 'slot schema')
        return slotFromJson(checked.output)
      },
      kind,
      damaged,
    )
    if (slot) slots.push(slot)
  }
  const recovery =
    parsed.output.recovery === undefined
      ? undefined
      : readPart(() => boxFromJson(parsed.output.recovery), 'recovery', damaged)
  const rotation =
    parsed.output.rotation === undefined ? undefined : rotationFromJson(parsed.output.rotation)
  if (new Set(slots.map((s) => s.kind)).size !== slots.length) {
    throw new VaultError('corrupt-header', 'duplicate slot kinds')
  }
  if (slots.length === 0 && !recovery) throw new VaultError('corrupt-header', 'no readable slot')
  const checks = checksFromJson(parsed.output.checks)
  return {
    version: parsed.output.version,
    keyId: parsed.output.keyId,
    slots,
    ...(recovery ? { recovery } : {}),
    ...(rotation ? { rotation } : {}),
    ...(damaged.length > 0 ? { damaged } : {}),
    ...(checks ? { checks } : {}),
  }
}

/**
 * The symmetric slot of a kind. Throws `damaged-passphrase-slot` / `damaged-recovery-slot` when
 * it is there but does not read, `corrupt-header` when it is missing.
 */
export function slotOf(header: VaultHeader, kind: SlotKind): KeySlot {
  const slot = header.slots.find((s) => s.kind === kind)
  if (!slot) {
    if (header.damaged?.includes(kind)) throw new VaultError(damagedKind(kind), `${kind} slot`)
    throw new VaultError('corrupt-header', `the ${kind} slot is missing`)
  }
  return slot
}

/** The error kind of a damaged slot of `kind`. */
export function damagedKind(kind: SlotKind): 'damaged-passphrase-slot' | 'damaged-recovery-slot' {
  return kind === 'passphrase' ? 'damaged-passphrase-slot' : 'damaged-recovery-slot'
}
