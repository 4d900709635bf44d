import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { acme } from '@shared/domain/testData'
import { defaultSettings } from '@shared/domain/settings'
import { EXPORTED_TABLES, emptyExportTables } from '@shared/records/exportFile'
import type { RecordStore } from '../vault/recordStore'
import { createdVault } from '../../tests/support/rendererVault'
import { applyImport, exportEverything, planImport, undoImport, countRows } from './portable'

const meta = { exportedAt: new Date(Date.UTC(2026, 11, 5, 9)), appVersion: '0.1.0' }

beforeEach(() => setActivePinia(createPinia()))

async function vaultWithSearch(): Promise<RecordStore> {
  const { vault } = await createdVault('portable-from')
  const records = vault.records
  const zoe = { ...acme(), id: 'opp-zoe', company: 'Société Générale', notes: 'Zoë Ó Briain' }
  await records.put('opportunities', 'opp-zoe', zoe)
  await records.put('opportunities', 'opp-acme', { ...acme(), id: 'opp-acme' })
  await records.put('settings', 'settings', { ...defaultSettings, timeZone: 'Europe/Dublin' })
  await records.put('referees', 'ref-1', {
    id: 'ref-1',
    name: 'Siobhán Ní Dhuibhir',
    relation: 'line manager at Ardmore, 2019-2023',
    email: 'siobhan@example.ie',
    phone: '+353 1 555 0100',
    lastWarned: null,
  })
  return records
}

/** Every exported table of `records`, as sorted rows, to compare two vaults record by record. */
async function contents(records: RecordStore) {
  const all: Record<string, unknown> = {}
  for (const table of EXPORTED_TABLES) {
    const { records: rows } = await records.all(table)
    all[table] = rows.map((r) => [r.id, r.value]).sort()
  }
  return all
}

describe('export and import of the whole search', () => {
  it('brings every record of one vault into a fresh one, record by record', async () => {
    const from = await vaultWithSearch()
    const exported = await exportEverything(from, meta)
    expect(exported).toMatchObject({ records: 4, unreadable: 0 })
    const { vault } = await createdVault('portable-to')
    const planned = await planImport(vault.records, exported.text)
    if (!planned.ok) throw new Error(planned.error.kind)
    expect(countRows(planned.plan.added)).toMatchObject({
      opportunities: 2,
      settings: 1,
      referees: 1,
    })
    await applyImport(vault.records, planned.plan, false)
    expect(await contents(vault.records)).toEqual(await contents(from))
  })

  it('keeps what this vault already holds unless the user chooses the file’s version', async () => {
    const from = await vaultWithSearch()
    const { text } = await exportEverything(from, meta)
    const { vault } = await createdVault('portable-mine')
    const mine = { ...acme(), id: 'opp-acme', notes: 'my own notes since' }
    await vault.records.put('opportunities', 'opp-acme', mine)
    const planned = await planImport(vault.records, text)
    if (!planned.ok) throw new Error(planned.error.kind)
    expect(countRows(planned.plan.existing).opportunities).toBe(1)
    await applyImport(vault.records, planned.plan, false)
    expect(await vault.records.get('opportunities', 'opp-acme')).toEqual(mine)
    const replaced = await applyImport(vault.records, planned.plan, true)
    expect((await vault.records.get('opportunities', 'opp-acme'))?.notes).toBe('')
    await undoImport(vault.records, replaced)
    expect(await vault.records.get('opportunities', 'opp-acme')).toEqual(mine)
  })

  it('undoes a whole import in one step: what it added goes, what it replaced comes back', async () => {
    const from = await vaultWithSearch()
    const { text } = await exportEverything(from, meta)
    const { vault } = await createdVault('portable-undo')
    const before = await contents(vault.records)
    const planned = await planImport(vault.records, text)
    if (!planned.ok) throw new Error(planned.error.kind)
    const done = await applyImport(vault.records, planned.plan, true)
    expect(done.written).toHaveLength(4)
    await undoImport(vault.records, done)
    expect(await contents(vault.records)).toEqual(before)
  })

  it('leaves nothing half-imported when a write fails part way', async () => {
    const { vault } = await createdVault('portable-fail')
    const before = await contents(vault.records)
    const added = emptyExportTables()
    for (let i = 0; i < 600; i++) {
      added.opportunities.push({ id: `opp-${i}`, value: { ...acme(), id: `opp-${i}` } })
    }
    const plan = { added, existing: emptyExportTables(), held: new Map(), problems: [] }
    let batches = 0
    const failing = {
      removeMany: vault.records.removeMany.bind(vault.records),
      putMany: async (rows: Array<{ table: string; id: string; value: unknown }>) => {
        if (++batches === 3) throw new Error('disk full')
        await vault.records.putMany(rows)
      },
    }
    await expect(applyImport(failing, plan, false)).rejects.toThrow('disk full')
    expect(await contents(vault.records)).toEqual(before)
  })

  it('decrypts only the rows the file would replace, and confirming reads nothing again', async () => {
    const from = await vaultWithSearch()
    const { text } = await exportEverything(from, meta)
    const { vault } = await createdVault('portable-reads')
    const mine = { ...acme(), id: 'opp-acme', notes: 'mine' }
    await vault.records.put('opportunities', 'opp-acme', mine)
    const gets: string[] = []
    const counting = {
      ids: vault.records.ids.bind(vault.records),
      get: (table: string, id: string) => {
        gets.push(`${table}/${id}`)
        return vault.records.get(table, id)
      },
    }
    const planned = await planImport(counting, text)
    if (!planned.ok) throw new Error(planned.error.kind)
    expect(gets).toEqual(['opportunities/opp-acme'])
    const writeOnly = {
      putMany: vault.records.putMany.bind(vault.records),
      removeMany: vault.records.removeMany.bind(vault.records),
    }
    const done = await applyImport(writeOnly, planned.plan, true)
    expect(done.written.find((w) => w.id === 'opp-acme')?.before).toEqual(mine)
    await undoImport(writeOnly, done)
    expect(await vault.records.get('opportunities', 'opp-acme')).toEqual(mine)
  })

  it('refuses a file that is not an export, and writes nothing', async () => {
    const { vault } = await createdVault('portable-refuse')
    expect(await planImport(vault.records, '{"tables": {}}')).toEqual({
      ok: false,
      error: { kind: 'not-an-export' },
    })
  })
})
