import { describe, expect, it } from 'vitest'
import { acme } from '../domain/testData'
import { defaultSettings } from '../domain/settings'
import { emptyPipeline } from '../domain/records'
import {
  emptyExportTables,
  EXPORT_VERSION,
  readExportFile,
  writeExportFile,
  type ExportTables,
} from './exportFile'

const meta = { exportedAt: new Date(Date.UTC(2026, 11, 5, 9, 30)), appVersion: '0.1.0' }

function search(): ExportTables {
  const tables = emptyExportTables()
  const zoe = { ...acme(), id: 'opp-1', company: 'Société Générale', notes: 'Zoë Ó Briain: =SUM' }
  tables.opportunities.push(
    { id: 'opp-1', value: zoe },
    { id: 'opp-2', value: { ...acme(), id: 'opp-2' } },
  )
  tables.settings.push({
    id: 'settings',
    value: { ...defaultSettings, timeZone: 'Europe/Dublin' } as never,
  })
  tables.pipeline.push({ id: 'pipeline', value: emptyPipeline() })
  return tables
}

function read(text: string) {
  const result = readExportFile(text)
  if (!result.ok) throw new Error(result.error.kind)
  return result.value
}

describe('the JSON export file', () => {
  it('reads back every record it wrote, unchanged, with when it was made', () => {
    const tables = search()
    const back = read(writeExportFile(tables, meta))
    expect(back.problems).toEqual([])
    expect(back.exportedAt).toBe('2026-12-05T09:30:00.000Z')
    expect(back.tables).toEqual(JSON.parse(JSON.stringify(tables)))
  })

  it('carries tags and the archive both ways, and reads an application from before tags', () => {
    const tables = emptyExportTables()
    const tagged = { ...acme(), id: 'opp-1', tags: ['Fintech', 'télétravail'], archivedAt: 12345 }
    const { tags: _t, ...older } = { ...acme(), id: 'opp-2' }
    tables.opportunities.push(
      { id: 'opp-1', value: tagged },
      { id: 'opp-2', value: older as never },
    )
    const file = JSON.parse(writeExportFile(tables, meta))
    expect(file.tables.opportunities[0].value).toMatchObject({
      tags: ['Fintech', 'télétravail'],
      archivedAt: 12345,
    })
    const back = read(writeExportFile(tables, meta))
    expect(back.problems).toEqual([])
    expect(back.tables.opportunities[0]!.value).toEqual(tagged)
    expect(back.tables.opportunities[1]!.value.tags).toEqual([])
    expect(back.tables.opportunities[1]!.value).not.toHaveProperty('archivedAt')
  })

  it('says what it is and which version wrote it, in readable JSON', () => {
    const text = writeExportFile(search(), meta)
    const file = JSON.parse(text)
    expect(file).toMatchObject({
      format: 'afterview-export',
      version: EXPORT_VERSION,
      app: 'Afterview 0.1.0',
    })
    expect(text).toContain('\n  "tables": {')
  })

  it('imports the readable rows of a damaged file and names each one it could not read', () => {
    const file = JSON.parse(writeExportFile(search(), meta))
    file.tables.opportunities[0].value.rounds[0].date = '2026-02-30'
    file.tables.opportunities.push({ value: {} }, file.tables.opportunities[1])
    file.tables.offers = 'none'
    file.tables.diary = []
    const back = read(JSON.stringify(file))
    expect(back.tables.opportunities.map((r) => r.id)).toEqual(['opp-2'])
    expect(back.tables.settings).toHaveLength(1)
    expect(back.problems).toEqual([
      {
        table: 'opportunities',
        id: 'opp-1',
        problem: 'opportunities: rounds.0.date: not a calendar date',
      },
      { table: 'opportunities', id: '#3', problem: 'opportunities: a record without an id' },
      {
        table: 'opportunities',
        id: 'opp-2',
        problem: 'opportunities: the same id appears twice in the file',
      },
      { table: 'offers', id: '—', problem: 'offers: expected a list of records' },
      { table: 'diary', id: '—', problem: 'this version does not know this kind of record' },
    ])
  })

  it('refuses a file that is not JSON, not an export, or from a newer version, by name', () => {
    const result = (text: string) => readExportFile(text)
    expect(result('{"format": "afterview-export", ')).toEqual({
      ok: false,
      error: { kind: 'not-json' },
    })
    expect(result('\u0000\u0001PK')).toEqual({ ok: false, error: { kind: 'not-json' } })
    expect(result('{"rows": []}')).toEqual({ ok: false, error: { kind: 'not-an-export' } })
    expect(result('[1, 2]')).toEqual({ ok: false, error: { kind: 'not-an-export' } })
    const newer = JSON.stringify({ format: 'afterview-export', version: 2, tables: {} })
    expect(result(newer)).toEqual({ ok: false, error: { kind: 'newer-version', version: 2 } })
  })

  it('reads a file saved with a byte-order mark, as some editors save JSON', () => {
    expect(read(`\uFEFF${writeExportFile(search(), meta)}`).tables.opportunities).toHaveLength(2)
  })
})
