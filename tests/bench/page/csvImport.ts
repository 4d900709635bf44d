/**
 * Times a CSV import in the app's page with the app's own code, in a vault of its own (so the
 * measured vault stays as it was): a home-made sheet of `rows` applications (British dates and
 * pounds, accents, notes) parsed from its bytes, read with the guessed mapping and planned, then
 * written through the record store as the Import button does. The vault is deleted afterwards.
 */
import Dexie from 'dexie'
import { KDF_FLOOR, deriveKek } from '@shared/vault/kdf'
import { loadSodium } from '@shared/vault/sodium'
import { csvCell } from '@shared/records/applicationsCsv'
import { readCsvFile } from '@shared/records/csvFile'
import { VaultDb } from '../../../src-renderer/vault/db'
import { Vault } from '../../../src-renderer/vault/vault'
import type { KdfRunner } from '../../../src-renderer/vault/kdfRunner'
import {
  planCsvImport,
  readCsvInSteps,
  startCsvDraft,
} from '../../../src-renderer/portable/csvImport'
import { applyImport } from '../../../src-renderer/portable/portable'
import { generateOpportunity } from '../data/generate'

/** What to import. */
export interface CsvImportRequest {
  rows: number
  seed: number
  now: number
}

/** Milliseconds of each step, and how many applications were written. */
export interface CsvImportResult {
  parseMs: number
  planMs: number
  writeMs: number
  totalMs: number
  written: number
}

const DB_NAME = 'afterview-bench-csv-import'
const STATUSES = ['Applied', 'Interviewing', 'Offer', 'Rejected', 'Ghosted', 'Wishlist']

/** The sheet's bytes: UTF-8 with a byte-order mark, as a spreadsheet saves it. */
function sheet(request: CsvImportRequest): Uint8Array {
  const lines = ['Company,Role,Status,Date applied,Salary,Location,Notes']
  for (let i = 0; i < request.rows; i++) {
    const o = generateOpportunity(i, { seed: request.seed, now: request.now })
    const day = new Date(o.createdAt)
    lines.push(
      [
        o.company,
        o.role,
        STATUSES[i % STATUSES.length]!,
        `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`,
        `£${(35_000 + (i % 40) * 500).toLocaleString('en-GB')}`,
        o.rounds[0]?.place || 'Remote',
        o.notes,
      ]
        .map(csvCell)
        .join(','),
    )
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)
}

/** Imports a generated sheet of `request.rows` applications into a fresh vault, timed. */
export async function measureCsvImport(request: CsvImportRequest): Promise<CsvImportResult> {
  const bytes = sheet(request)
  const sodium = await loadSodium()
  const db = new VaultDb(DB_NAME)
  const kdf: KdfRunner = {
    calibrate: async () => ({ ...KDF_FLOOR }),
    derive: async (secret, params) => deriveKek(sodium, secret, params),
  }
  const vault = new Vault({ db, sodium, kdf })
  try {
    await vault.create('bench csv import passphrase')
    const records = vault.records
    const t0 = performance.now()
    const read = readCsvFile(bytes)
    if (!read.ok) throw new Error(`The generated sheet was refused: ${read.error.kind}`)
    const draft = startCsvDraft('bench.csv', read.table, 'en-GB' as never, 'GBP' as never)
    const t1 = performance.now()
    const rows = await readCsvInSteps(draft, {
      zone: 'Europe/London',
      now: request.now,
      newId: () => records.newId(),
    })
    const { plan } = planCsvImport(rows, [], request.now, draft.locale)
    const t2 = performance.now()
    const done = await applyImport(records, plan, false)
    const t3 = performance.now()
    if (rows.problems.length > 0) throw new Error(`Rows not read: ${rows.problems[0]!.problem}`)
    return {
      parseMs: t1 - t0,
      planMs: t2 - t1,
      writeMs: t3 - t2,
      totalMs: t3 - t0,
      written: done.written.length,
    }
  } finally {
    vault.lock()
    db.close()
    await Dexie.delete(DB_NAME)
  }
}
