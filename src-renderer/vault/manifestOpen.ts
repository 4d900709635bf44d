/**
 * Opening the manifest after unlock (manifestStore.ts holds it afterwards): the index and every
 * piece it names are read and checked, and what changed behind the app's back is reported:
 *
 * - the index older than the generation main last kept, or a piece older than the index says:
 *   `vault-rolled-back`, with the number of saves missing. A piece put back is taken as it is
 *   (the rows newer than it are then `unlisted-record`) and stored again, so it is said once.
 * - the index or a piece gone from a vault that had one: `manifest-missing`
 * - the index or a piece that does not authenticate, is stored as another piece, or is not the
 *   text the index names: `manifest-damaged`
 *
 * The rows of a piece gone or damaged (all rows, when it is the index) could not be checked:
 * they are listed afresh at the counters their envelopes carry, and that piece is stored again.
 *
 * A vault that stored the manifest whole (before the pieces) has it moved to pieces here, and a
 * vault made before manifests (no manifest, no counters, nothing kept by main) is upgraded: its
 * rows are sealed again with a counter, and listed.
 */
import { emptyManifest, listEnvelopes, listRow, type Manifest } from '@shared/vault/manifest'
import {
  decodeIndex,
  decodePiece,
  decodeSingleManifest,
  pieceDigest,
  type PieceRef,
} from '@shared/vault/manifestFormat'
import {
  envelopeCounter,
  envelopeKeyId,
  openRecord,
  sealRecord,
} from '@shared/vault/recordEnvelope'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import type { RecordRow, VaultDb } from './db'
import type { IntegrityNotice } from './manifestStore'
import {
  MANIFEST_INDEX_KEY,
  manifestPieceKey,
  manifestRows,
  putManifestRows,
  SINGLE_MANIFEST_KEY,
  wholeManifestRows,
} from './manifestRows'

/** What opening needs: the vault, its keys, main's generation, and where to report. */
export interface OpenContext {
  db: VaultDb
  sodium: Sodium
  keys: VaultKeys
  /** The highest generation main was told of (0 when none, or no main). */
  kept: number
  notice: (notice: IntegrityNotice) => void
}

/** The manifest as opened, with the index's view of each piece. */
export interface OpenedManifest {
  manifest: Manifest
  refs: (PieceRef | null)[]
}

/** The keys a row's envelope names: the previous ones during a change of data key. */
export function keysFor(keys: VaultKeys, envelope: Uint8Array): VaultKeys {
  const { previous } = keys
  return previous && envelopeKeyId(envelope) === previous.keyId ? previous : keys
}

/** Reads and checks the manifest of an unlocked vault; stores what had to be listed again. */
export async function openManifest(ctx: OpenContext): Promise<OpenedManifest> {
  const { db, sodium, kept } = ctx
  const index = await db.meta.get(MANIFEST_INDEX_KEY)
  if (index) return fromPieces(ctx, index.value)
  const single = await db.meta.get(SINGLE_MANIFEST_KEY)
  if (single) {
    const manifest = decoded(ctx.keys, (k) =>
      decodeSingleManifest(sodium, k.manifest, k.keyId, single.value),
    )
    if (!manifest) return afresh(ctx, 'manifest-damaged')
    if (manifest.generation < kept) {
      ctx.notice({ kind: 'vault-rolled-back', saves: kept - manifest.generation })
    }
    // Moved to pieces as it is: same rows, same counters, same generation.
    const rows = wholeManifestRows(sodium, ctx.keys, manifest)
    await db.transaction('rw', db.meta, () => putManifestRows(db, rows))
    return { manifest, refs: rows.refs }
  }
  const rows = await db.records.toArray()
  const counted = rows.some((r) => (envelopeCounter(r.ciphertext) ?? 0) > 0)
  if (counted || kept > 0) return afresh(ctx, 'manifest-missing', rows)
  return upgrade(ctx, kept + 1)
}

/** The manifest from its index and pieces; pieces gone, damaged or put back are stored again. */
async function fromPieces(ctx: OpenContext, indexText: string): Promise<OpenedManifest> {
  const { db, sodium, keys, kept } = ctx
  const index = decoded(keys, (k) => decodeIndex(sodium, k.manifest, k.keyId, indexText))
  if (!index) return afresh(ctx, 'manifest-damaged')
  let saves = kept - index.generation
  const manifest = emptyManifest(index.generation)
  const texts = await db.meta.bulkGet(index.refs.map((_, n) => manifestPieceKey(n)))
  const lost = new Set<number>()
  const again = new Set<number>()
  const found = new Set<IntegrityNotice['kind']>()
  index.refs.forEach((ref, n) => {
    if (!ref) return
    const text = texts[n]?.value
    if (text === undefined) {
      found.add('manifest-missing')
      lost.add(n)
      return
    }
    const piece = decoded(keys, (k) => decodePiece(sodium, k.manifest, k.keyId, n, text))
    if (
      !piece ||
      piece.generation > ref.counter ||
      (piece.generation === ref.counter && pieceDigest(sodium, text) !== ref.digest)
    ) {
      found.add('manifest-damaged')
      lost.add(n)
      return
    }
    if (piece.generation < ref.counter) {
      saves = Math.max(saves, ref.counter - piece.generation)
      again.add(n)
    }
    manifest.pieces[n] = piece.tables
  })
  if (saves > 0) ctx.notice({ kind: 'vault-rolled-back', saves })
  for (const kind of found) ctx.notice({ kind } as IntegrityNotice)
  const refs = [...index.refs]
  if (lost.size === 0 && again.size === 0) return { manifest, refs }
  const highest = lost.size > 0 ? listEnvelopes(manifest, await db.records.toArray(), lost) : 0
  manifest.generation = Math.max(manifest.generation, kept, highest) + 1
  const rows = manifestRows(sodium, keys, manifest, refs, [...lost, ...again])
  await db.transaction('rw', db.meta, () => putManifestRows(db, rows))
  return { manifest, refs }
}

/** Reports `kind` and lists every row afresh, above every counter seen, in pieces. */
async function afresh(
  ctx: OpenContext,
  kind: 'manifest-damaged' | 'manifest-missing',
  known?: RecordRow[],
): Promise<OpenedManifest> {
  const { db, sodium, keys, kept } = ctx
  ctx.notice({ kind })
  const manifest = emptyManifest(0)
  const highest = listEnvelopes(manifest, known ?? (await db.records.toArray()))
  manifest.generation = Math.max(highest, kept) + 1
  const rows = wholeManifestRows(sodium, keys, manifest)
  await db.transaction('rw', db.meta, () => putManifestRows(db, rows))
  return { manifest, refs: rows.refs }
}

/** `decode` under the current keys, then (a change of data key under way) the previous ones. */
function decoded<T>(keys: VaultKeys, decode: (keys: VaultKeys) => T | null): T | null {
  const own = decode(keys)
  return own || !keys.previous ? own : decode(keys.previous)
}

/**
 * Seals every readable row of a vault made before manifests again, at `generation`, and lists
 * it, in one transaction. Rows that do not open are listed at their envelope's counter and
 * left as they are (they are reported as unreadable when read).
 */
function upgrade(ctx: OpenContext, generation: number): Promise<OpenedManifest> {
  const { db, sodium, keys } = ctx
  return db.transaction('rw', db.records, db.meta, async () => {
    const manifest = emptyManifest(generation)
    const out: RecordRow[] = []
    for (const row of await db.records.toArray()) {
      const under = keysFor(keys, row.ciphertext)
      let plaintext: Uint8Array
      try {
        plaintext = openRecord(
          sodium,
          under.records,
          under.keyId,
          row.table,
          row.id,
          row.ciphertext,
        )
      } catch {
        listRow(manifest, row.table, row.id, envelopeCounter(row.ciphertext) ?? 0)
        continue
      }
      const ciphertext = sealRecord(
        sodium,
        keys.records,
        keys.keyId,
        row.table,
        row.id,
        plaintext,
        generation,
      )
      plaintext.fill(0)
      out.push({ table: row.table, id: row.id, ciphertext })
      listRow(manifest, row.table, row.id, generation)
    }
    await db.records.bulkPut(out)
    const rows = wholeManifestRows(sodium, keys, manifest)
    await putManifestRows(db, rows)
    return { manifest, refs: rows.refs }
  })
}
