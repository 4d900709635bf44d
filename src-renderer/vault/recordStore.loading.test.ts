import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { Vault } from './vault'
import type { UnreadableRecord } from './recordStore'

let sodium: Sodium

beforeAll(async () => {
  sodium = await loadSodium()
})

async function vaultWith(rows: number): Promise<{ vault: Vault; name: string }> {
  const name = `vault-loading-${Math.random().toString(36).slice(2)}`
  const reported: UnreadableRecord[] = []
  const vault = new Vault({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
    onUnreadable: (r) => reported.push(...r),
  })
  await vault.create('pw')
  for (let i = 0; i < rows; i++) {
    await vault.records.put('notes', `o${String(i).padStart(4, '0')}`, { n: i })
  }
  // Neighbours that sort just before and after the table must never leak into it.
  await vault.records.put('note', 'x', { n: -1 })
  await vault.records.put('notes-old', 'y', { n: -2 })
  await vault.records.put('notes.v2', 'z', { n: -3 })
  return { vault, name }
}

describe('loading a table in chunks', () => {
  it('loads every row of a table larger than one read, once each, in id order', async () => {
    const { vault } = await vaultWith(610)
    const { records, unreadable } = await vault.records.all<{ n: number }>('notes')
    expect(unreadable).toEqual([])
    expect(records.map((r) => r.value.n)).toEqual(Array.from({ length: 610 }, (_, i) => i))
    expect((await vault.records.all('note')).records).toEqual([{ id: 'x', value: { n: -1 } }])
  })

  it('loads an empty table and a table of exactly one chunk', async () => {
    const { vault } = await vaultWith(250)
    expect(await vault.records.all('nothing-here')).toEqual({ records: [], unreadable: [] })
    expect((await vault.records.all('notes')).records).toHaveLength(250)
  })

  it('reports a damaged row in a later chunk and still loads the rows after it', async () => {
    const { vault, name } = await vaultWith(300)
    const db = new VaultDb(name)
    const row = (await db.records.get(['notes', 'o0280']))!
    row.ciphertext[40] = (row.ciphertext[40] ?? 0) ^ 1
    await db.records.put(row)
    const { records, unreadable } = await vault.records.all<{ n: number }>('notes')
    expect(unreadable).toEqual([{ table: 'notes', id: 'o0280', kind: 'corrupt-record' }])
    expect(records).toHaveLength(299)
    expect(records.at(-1)?.value.n).toBe(299)
  })
})
