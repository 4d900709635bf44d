import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { measureCsvImport } from './csvImport'

describe('bench CSV import', () => {
  it('imports every generated row, times each step, and leaves no database behind', async () => {
    const result = await measureCsvImport({ rows: 60, seed: 7, now: Date.UTC(2026, 10, 2) })
    expect(result.written).toBe(60)
    for (const ms of [result.parseMs, result.planMs, result.writeMs]) {
      expect(ms).toBeGreaterThan(0)
    }
    expect(result.totalMs).toBeCloseTo(result.parseMs + result.planMs + result.writeMs)
    expect(await Dexie.getDatabaseNames()).not.toContain('afterview-bench-csv-import')
  })
})
