/**
 * The vault's manifest: which rows exist and the write counter each carries. Record envelopes
 * bind their counter (recordEnvelope.ts), so with the manifest a reader tells apart:
 *
 * - a row put back from an older copy (its counter is below the manifest's): `rolled-back-record`
 * - a row deleted outside the app (listed, not on disk): `missing-record`
 * - a row the app never listed, or newer than the list (copied in): `unlisted-record`
 *
 * The manifest carries a generation, raised by one on every write and used as the counter of the
 * rows that write stores. Main keeps the highest generation it was told of (outside IndexedDB),
 * so a manifest put back from an older copy is caught as well.
 *
 * The list is cut into PIECES pieces by a hash of table and id, so a save re-authenticates and
 * stores only the piece its row falls in, and the small index that names every piece's counter
 * and digest (manifestFormat.ts). A vault of 10,000 records saves a few kilobytes, not 400.
 */
import { envelopeCounter } from './recordEnvelope'

/** How many pieces the list is cut into. Part of the stored format: never change it. */
export const PIECES = 64

/** Each id's write counter, per table. */
export type CounterMap = Map<string, Map<string, number>>

/** What the manifest says. */
export interface Manifest {
  /** Raised by one on every write; also the counter of the rows that write stored. */
  generation: number
  /** The rows of piece `n` at index n; PIECES of them. */
  pieces: CounterMap[]
}

/** What a row's counter, compared with the manifest, says about it. */
export type IntegrityFinding = 'rolled-back-record' | 'missing-record' | 'unlisted-record'

/**
 * The piece row (`table`, `id`) is listed in: FNV-1a over the table, a NUL and the id. Not a
 * secret and not a defence (each piece is authenticated); it only spreads rows evenly.
 */
export function pieceOf(table: string, id: string): number {
  let hash = 0x811c9dc5
  const key = `${table}\0${id}`
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % PIECES
}

/** An empty manifest at `generation`. */
export function emptyManifest(generation: number): Manifest {
  return { generation, pieces: Array.from({ length: PIECES }, () => new Map()) }
}

/** The counter the manifest holds for a row, or undefined when the row is not listed. */
export function listedCounter(manifest: Manifest, table: string, id: string): number | undefined {
  return manifest.pieces[pieceOf(table, id)]!.get(table)?.get(id)
}

/** Lists (or re-lists) a row at `counter`. */
export function listRow(manifest: Manifest, table: string, id: string, counter: number): void {
  const piece = manifest.pieces[pieceOf(table, id)]!
  let ids = piece.get(table)
  if (!ids) piece.set(table, (ids = new Map()))
  ids.set(id, counter)
}

/** Takes a row off the list. */
export function unlistRow(manifest: Manifest, table: string, id: string): void {
  const piece = manifest.pieces[pieceOf(table, id)]!
  const ids = piece.get(table)
  ids?.delete(id)
  if (ids?.size === 0) piece.delete(table)
}

/** What the counter of a row that opened says, or null when it is the one the manifest holds. */
export function checkCounter(
  manifest: Manifest,
  table: string,
  id: string,
  counter: number,
): IntegrityFinding | null {
  const listed = listedCounter(manifest, table, id)
  if (listed === undefined || counter > listed) return 'unlisted-record'
  return counter < listed ? 'rolled-back-record' : null
}

/** The rows the manifest lists that are not among `present` (keys as `table\0id`). */
export function missingRows(
  manifest: Manifest,
  present: ReadonlySet<string>,
): { table: string; id: string }[] {
  const missing: { table: string; id: string }[] = []
  for (const piece of manifest.pieces) {
    for (const [table, ids] of piece) {
      for (const id of ids.keys()) if (!present.has(`${table}\0${id}`)) missing.push({ table, id })
    }
  }
  return missing
}

/**
 * Lists `rows` in `manifest` at the counters their envelopes claim (0 when unreadable), for rows
 * that were checked some other way: a verified backup, or rows the user was told could not be
 * checked. Only rows in `pieces` when given. Answers the highest counter listed (0 when none).
 */
export function listEnvelopes(
  manifest: Manifest,
  rows: Iterable<{ table: string; id: string; ciphertext: Uint8Array }>,
  pieces?: ReadonlySet<number>,
): number {
  let highest = 0
  for (const row of rows) {
    if (pieces && !pieces.has(pieceOf(row.table, row.id))) continue
    const counter = envelopeCounter(row.ciphertext) ?? 0
    listRow(manifest, row.table, row.id, counter)
    highest = Math.max(highest, counter)
  }
  return highest
}

/** A manifest at `generation` that lists `rows` at their envelopes' counters (see listEnvelopes). */
export function manifestOf(
  rows: Iterable<{ table: string; id: string; ciphertext: Uint8Array }>,
  generation: number,
): Manifest {
  const manifest = emptyManifest(generation)
  listEnvelopes(manifest, rows)
  return manifest
}
