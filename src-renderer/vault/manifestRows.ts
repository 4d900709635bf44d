/**
 * Where the manifest's pieces and index are stored: rows of the `meta` table, written in the
 * transaction of the change they describe. A save stores the pieces its rows fall in and the
 * index; the other ways in (a new vault, a move from the single manifest, a new data key, a
 * restore, pieces listed afresh) store every piece and remove whatever else was there.
 */
import { PIECES, type Manifest } from '@shared/vault/manifest'
import { encodeIndex, encodePiece, pieceDigest, type PieceRef } from '@shared/vault/manifestFormat'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import type { MetaRow, VaultDb } from './db'

/** The meta key of the index. */
export const MANIFEST_INDEX_KEY = 'manifest-index'

/** The meta key the whole manifest was stored under before the pieces (moved on first unlock). */
export const SINGLE_MANIFEST_KEY = 'manifest'

/** The meta key of piece `piece`. */
export function manifestPieceKey(piece: number): string {
  return `manifest-piece-${piece}`
}

/** Every meta key the manifest has ever been stored under. */
export const MANIFEST_KEYS: readonly string[] = [
  MANIFEST_INDEX_KEY,
  SINGLE_MANIFEST_KEY,
  ...Array.from({ length: PIECES }, (_, n) => manifestPieceKey(n)),
]

/** Meta rows to store and meta keys to delete, in one transaction. */
export interface ManifestRows {
  puts: MetaRow[]
  deletes: string[]
}

/**
 * The rows of pieces `which` at the manifest's generation, and of the index after them; `refs`
 * (the index's view of every piece) is updated in place. An empty piece is deleted, not stored.
 */
export function manifestRows(
  sodium: Sodium,
  keys: VaultKeys,
  manifest: Manifest,
  refs: (PieceRef | null)[],
  which: Iterable<number>,
): ManifestRows {
  const rows: ManifestRows = { puts: [], deletes: [] }
  const { generation } = manifest
  for (const piece of which) {
    const tables = manifest.pieces[piece]!
    if (tables.size === 0) {
      refs[piece] = null
      rows.deletes.push(manifestPieceKey(piece))
      continue
    }
    const text = encodePiece(sodium, keys.manifest, keys.keyId, piece, generation, tables)
    refs[piece] = { counter: generation, digest: pieceDigest(sodium, text) }
    rows.puts.push({ key: manifestPieceKey(piece), value: text })
  }
  const index = encodeIndex(sodium, keys.manifest, keys.keyId, { generation, refs })
  rows.puts.push({ key: MANIFEST_INDEX_KEY, value: index })
  return rows
}

/**
 * The rows of the whole manifest: every piece and the index, and the deletion of every other
 * manifest key (the single manifest, pieces left from an earlier vault). Answers the refs too.
 */
export function wholeManifestRows(
  sodium: Sodium,
  keys: VaultKeys,
  manifest: Manifest,
): ManifestRows & { refs: (PieceRef | null)[] } {
  const refs: (PieceRef | null)[] = Array.from({ length: PIECES }, () => null)
  const rows = manifestRows(sodium, keys, manifest, refs, refs.keys())
  const stored = new Set(rows.puts.map((row) => row.key))
  return { ...rows, deletes: MANIFEST_KEYS.filter((key) => !stored.has(key)), refs }
}

/** Stores `rows` through `db`; call inside a transaction that includes `meta` to join it. */
export async function putManifestRows(db: VaultDb, rows: ManifestRows): Promise<void> {
  if (rows.deletes.length > 0) await db.meta.bulkDelete(rows.deletes)
  await db.meta.bulkPut(rows.puts)
}
