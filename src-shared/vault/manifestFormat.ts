/**
 * How the manifest (manifest.ts) is stored: PIECES pieces and one index, each its own text,
 * authenticated with a MAC under the manifest subkey of the data key. Each text is the MAC in
 * base64, a newline, then the JSON body the MAC covers; every body names the data key's id.
 *
 * - A piece lists the rows of its number and names that number and the generation it was
 *   written at, so a piece stored under another number (swapped) or from another vault fails.
 * - The index names the vault's generation and, per piece, the generation it was last written
 *   at and a digest of its text (null for an empty piece, which is not stored). So a piece put
 *   back from an older copy, deleted, or replaced is caught just as a record would be.
 *
 * Vaults written before the pieces hold the whole list as one text (format version 1):
 * `decodeSingleManifest` reads it, so it can be moved to pieces.
 */
import * as v from 'valibot'
import { fromBase64, toBase64, utf8 } from './bytes'
import { MAX_COUNTER } from './recordEnvelope'
import { emptyManifest, listRow, PIECES, type CounterMap, type Manifest } from './manifest'
import type { Sodium } from './sodium'

/** What the index holds of a stored piece. */
export interface PieceRef {
  /** The generation the piece was last written at. */
  counter: number
  /** Digest of the piece's stored text, base64 (see pieceDigest). */
  digest: string
}

/** What the index says: the vault's generation, and each piece's ref (null: empty, not stored). */
export interface ManifestIndex {
  generation: number
  refs: (PieceRef | null)[]
}

/** A piece as read back: the generation it was written at, and its rows. */
export interface ManifestPiece {
  generation: number
  tables: CounterMap
}

const DIGEST_BYTES = 16

const counterSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNTER))
const keyIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))
const tablesSchema = v.record(v.string(), v.record(v.string(), counterSchema))

const pieceSchema = v.strictObject({
  format: v.literal('afterview-manifest-piece'),
  version: v.literal(1),
  keyId: keyIdSchema,
  piece: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PIECES - 1)),
  generation: counterSchema,
  tables: tablesSchema,
})

const indexSchema = v.strictObject({
  format: v.literal('afterview-manifest-index'),
  version: v.literal(1),
  keyId: keyIdSchema,
  generation: counterSchema,
  pieces: v.pipe(
    v.array(v.nullable(v.tuple([counterSchema, v.pipe(v.string(), v.maxLength(64))]))),
    v.length(PIECES),
  ),
})

const singleSchema = v.strictObject({
  format: v.literal('afterview-manifest'),
  version: v.literal(1),
  keyId: keyIdSchema,
  generation: counterSchema,
  tables: tablesSchema,
})

/** The digest the index keeps of a piece's stored text. */
export function pieceDigest(sodium: Sodium, text: string): string {
  return toBase64(sodium.crypto_generichash(DIGEST_BYTES, utf8(text), null))
}

/** Serialises and authenticates piece `piece`, written at `generation`, of data key `keyId`. */
export function encodePiece(
  sodium: Sodium,
  macKey: Uint8Array,
  keyId: number,
  piece: number,
  generation: number,
  tables: CounterMap,
): string {
  const body: Record<string, Record<string, number>> = {}
  for (const [table, ids] of tables) body[table] = Object.fromEntries(ids)
  const json = { format: 'afterview-manifest-piece', version: 1, keyId, piece, generation }
  return signed(sodium, macKey, { ...json, tables: body })
}

/** Reads piece `piece`; null when damaged, another piece, or not made with `macKey` for `keyId`. */
export function decodePiece(
  sodium: Sodium,
  macKey: Uint8Array,
  keyId: number,
  piece: number,
  text: string,
): ManifestPiece | null {
  const body = verified(sodium, macKey, text, pieceSchema)
  if (!body || body.keyId !== keyId || body.piece !== piece) return null
  return { generation: body.generation, tables: counterMap(body.tables) }
}

/** Serialises and authenticates the index of data key `keyId`. */
export function encodeIndex(
  sodium: Sodium,
  macKey: Uint8Array,
  keyId: number,
  index: ManifestIndex,
): string {
  return signed(sodium, macKey, {
    format: 'afterview-manifest-index',
    version: 1,
    keyId,
    generation: index.generation,
    pieces: index.refs.map((ref) => (ref ? [ref.counter, ref.digest] : null)),
  })
}

/** Reads the index; null when damaged, not an index, or not made with `macKey` for `keyId`. */
export function decodeIndex(
  sodium: Sodium,
  macKey: Uint8Array,
  keyId: number,
  text: string,
): ManifestIndex | null {
  const body = verified(sodium, macKey, text, indexSchema)
  if (!body || body.keyId !== keyId) return null
  const refs = body.pieces.map((ref) => (ref ? { counter: ref[0], digest: ref[1] } : null))
  return { generation: body.generation, refs }
}

/**
 * Reads a manifest stored whole, as vaults did before the pieces; null when it is damaged, not
 * a manifest, or was not made with `macKey` for data key `keyId` (a forged or swapped one).
 */
export function decodeSingleManifest(
  sodium: Sodium,
  macKey: Uint8Array,
  keyId: number,
  text: string,
): Manifest | null {
  const body = verified(sodium, macKey, text, singleSchema)
  if (!body || body.keyId !== keyId) return null
  const manifest = emptyManifest(body.generation)
  for (const [table, ids] of Object.entries(body.tables)) {
    for (const [id, counter] of Object.entries(ids)) listRow(manifest, table, id, counter)
  }
  return manifest
}

function counterMap(tables: Record<string, Record<string, number>>): CounterMap {
  const map: CounterMap = new Map()
  for (const [table, ids] of Object.entries(tables)) map.set(table, new Map(Object.entries(ids)))
  return map
}

function signed(sodium: Sodium, macKey: Uint8Array, body: unknown): string {
  const json = JSON.stringify(body)
  return `${toBase64(sodium.crypto_auth(utf8(json), macKey))}\n${json}`
}

/** The body of `text` read through `schema` when its MAC holds under `macKey`, else null. */
function verified<S extends v.GenericSchema>(
  sodium: Sodium,
  macKey: Uint8Array,
  text: string,
  schema: S,
): v.InferOutput<S> | null {
  const cut = text.indexOf('\n')
  if (cut < 0) return null
  const json = text.slice(cut + 1)
  let mac: Uint8Array
  try {
    mac = fromBase64(text.slice(0, cut))
  } catch {
    return null
  }
  if (mac.length !== 32 || !sodium.crypto_auth_verify(mac, utf8(json), macKey)) return null
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return null
  }
  const parsed = v.safeParse(schema, raw)
  return parsed.success ? parsed.output : null
}
