/**
 * The manifest in pieces (manifestRows.ts, manifestOpen.ts) against an attacker (or a fault)
 * with access to the disk: one piece put back from an older copy, deleted, stored under another
 * piece's number, edited, or replaced by a validly signed one the index does not name. And what
 * a save costs: the one piece its row falls in, and the index. Real libsodium, fake IndexedDB,
 * main's copy of the generation held in memory.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { pieceOf, PIECES } from '@shared/vault/manifest'
import { decodePiece, encodePiece } from '@shared/vault/manifestFormat'
import { loadSodium } from '@shared/vault/sodium'
import { VaultDb, type MetaRow } from './db'
import { memoryKeeper } from './keeper'
import type { IntegrityNotice } from './manifestStore'
import { MANIFEST_INDEX_KEY, manifestPieceKey } from './manifestRows'
import { Vault } from './vault'
import type { UnreadableRecord } from './recordStore'
import { relockWatched, watchedVault } from '../../tests/support/rendererVault'

const PASSPHRASE = 'correct horse battery staple'
const TABLE = 'opportunities-test'

let db: VaultDb
let vault: Vault
let reported: UnreadableRecord[]
let notices: IntegrityNotice[]

beforeEach(async () => {
  db = new VaultDb(`pieces-${Math.random().toString(36).slice(2)}`)
  const made = await watchedVault(db, memoryKeeper())
  ;({ vault, reported, notices } = made)
  await vault.create(PASSPHRASE)
  // Three hundred applications: every piece holds a few.
  await vault.records.putMany(
    Array.from({ length: 300 }, (_, i) => ({
      table: TABLE,
      id: `app-${i}`,
      value: { company: `Société n°${i}`, salary: { minor: 7_200_000 + i, currency: 'EUR' } },
    })),
  )
})

/** Locks and unlocks the vault; `reported` and `notices` then hold what the unlock found. */
const relock = (): Promise<void> => relockWatched({ vault, reported, notices }, PASSPHRASE)

/** Every manifest row in the database, by key. */
async function manifestMeta(): Promise<Map<string, string>> {
  const rows = await db.meta.where('key').startsWith('manifest').toArray()
  return new Map(rows.map((row: MetaRow) => [row.key, row.value]))
}

/** Two ids of the test table in different pieces, and the piece of the first. */
function twoPieces(): { id: string; other: string; piece: number } {
  const id = 'app-7'
  const piece = pieceOf(TABLE, id)
  const other = Array.from({ length: 300 }, (_, i) => `app-${i}`).find(
    (candidate) => pieceOf(TABLE, candidate) !== piece,
  )!
  return { id, other, piece }
}

describe('a save', () => {
  it('stores the one piece its row falls in, and the index, nothing else', async () => {
    const before = await manifestMeta()
    expect(before.size).toBe(PIECES + 1)
    const { id, piece } = twoPieces()
    await vault.records.put(TABLE, id, { company: 'Ørsted A/S', stage: 'offer' })
    const after = await manifestMeta()
    const changed = [...after].filter(([key, value]) => before.get(key) !== value)
    expect(changed.map(([key]) => key).sort()).toEqual(
      [MANIFEST_INDEX_KEY, manifestPieceKey(piece)].sort(),
    )
  })

  it('deletes a piece once its last row is deleted, and the vault still opens clean', async () => {
    const { piece } = twoPieces()
    const ids = Array.from({ length: 300 }, (_, i) => `app-${i}`).filter(
      (id) => pieceOf(TABLE, id) === piece,
    )
    await vault.records.removeMany(ids.map((id) => ({ table: TABLE, id })))
    expect((await manifestMeta()).has(manifestPieceKey(piece))).toBe(false)
    await relock()
    expect((await vault.records.all(TABLE)).records).toHaveLength(300 - ids.length)
    expect(reported).toEqual([])
    expect(notices).toEqual([])
  })
})

describe('one piece put back from an older copy', () => {
  it('is reported as a rollback once, and the rows newer than it as unlisted', async () => {
    const { id, other, piece } = twoPieces()
    const old = (await db.meta.get(manifestPieceKey(piece)))!
    await vault.records.put(TABLE, id, { company: 'Ørsted A/S', stage: 'offer' })
    await vault.records.put(TABLE, other, { company: 'Globex GmbH', stage: 'applied' })
    await db.meta.put(old)
    await relock()
    const contents = await vault.records.all(TABLE)
    expect(contents.unreadable).toEqual([{ table: TABLE, id, kind: 'unlisted-record' }])
    expect(notices).toEqual([{ kind: 'vault-rolled-back', saves: 1 }])
    await relock()
    await vault.records.all(TABLE)
    expect(notices).toEqual([])
  })
})

describe('one piece deleted, swapped or edited', () => {
  it('says the manifest is missing when a piece is gone, and lists its rows afresh', async () => {
    const { piece } = twoPieces()
    await db.meta.delete(manifestPieceKey(piece))
    await relock()
    expect((await vault.records.all(TABLE)).records).toHaveLength(300)
    expect(notices).toEqual([{ kind: 'manifest-missing' }])
    expect(reported).toEqual([])
    await relock()
    await vault.records.all(TABLE)
    expect(notices).toEqual([])
  })

  it('says the manifest is damaged when a piece is stored under another number', async () => {
    const { id, other } = twoPieces()
    const theirs = (await db.meta.get(manifestPieceKey(pieceOf(TABLE, other))))!
    await db.meta.put({ key: manifestPieceKey(pieceOf(TABLE, id)), value: theirs.value })
    await relock()
    expect((await vault.records.all(TABLE)).records).toHaveLength(300)
    expect(notices).toEqual([{ kind: 'manifest-damaged' }])
  })

  it('says the manifest is damaged when a piece’s text is edited', async () => {
    const { piece } = twoPieces()
    const key = manifestPieceKey(piece)
    const text = (await db.meta.get(key))!.value
    await db.meta.put({ key, value: text.replace('"generation":', '"generation":1') })
    await relock()
    await vault.records.all(TABLE)
    expect(notices).toEqual([{ kind: 'manifest-damaged' }])
  })

  it('says the manifest is damaged when a signed piece is not the one the index names', async () => {
    // Someone holding the keys signs a piece at the same generation without one of its rows:
    // its MAC holds, only the index's digest tells it from the real one.
    const { id, piece } = twoPieces()
    const sodium = await loadSodium()
    const keys = vault.requireKeys()
    const key = manifestPieceKey(piece)
    const real = decodePiece(
      sodium,
      keys.manifest,
      keys.keyId,
      piece,
      (await db.meta.get(key))!.value,
    )!
    real.tables.get(TABLE)!.delete(id)
    const forged = encodePiece(
      sodium,
      keys.manifest,
      keys.keyId,
      piece,
      real.generation,
      real.tables,
    )
    await db.meta.put({ key, value: forged })
    await relock()
    expect((await vault.records.all(TABLE)).unreadable).toEqual([])
    expect(notices).toEqual([{ kind: 'manifest-damaged' }])
  })
})
