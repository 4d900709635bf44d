import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { LocaleTag } from '@shared/domain/locale'
import { payRate, type CurrencyCode } from '@shared/domain/money'
import type { Opportunity } from '@shared/domain/opportunity'
import { acme, countingIds } from '@shared/domain/testData'
import { readCsvFile, type CsvTable } from '@shared/records/csvFile'
import { sameApplicationKey, fillEmptyFields } from '@shared/records/csvMerge'
import { createdVault } from '../../tests/support/rendererVault'
import { planCsvImport, readCsvInSteps, startCsvDraft, stagesInFile } from './csvImport'
import { applyImport, undoImport } from './portable'

const FIXTURES = join(__dirname, '../../tests/fixtures/import')
const GB = 'en-GB' as LocaleTag
const NOW = Date.UTC(2026, 2, 3, 11)

beforeEach(() => setActivePinia(createPinia()))

function fixture(name: string): CsvTable {
  const read = readCsvFile(new Uint8Array(readFileSync(join(FIXTURES, name))))
  if (!read.ok) throw new Error(read.error.kind)
  return read.table
}

const steps = { zone: 'Europe/London', now: NOW, newId: countingIds('row') }

describe('the mapping step’s guesses', () => {
  it('reads a US tracker’s dates month first for a British user, because day first cannot read them', () => {
    const draft = startCsvDraft('teal.csv', fixture('teal.csv'), GB, 'USD' as CurrencyCode)
    expect(draft.locale).toBe('en-US')
    expect(draft.stages).toEqual({
      Interviewing: 'interviewed',
      Negotiating: 'offer',
      'Not Selected': 'rejected',
      'No Response': 'ghosted',
      Bookmarked: 'archived',
    })
  })

  it('keeps the user’s locale when the dates read in it', () => {
    const draft = startCsvDraft('utf16.csv', fixture('utf16.csv'), GB, 'GBP' as CurrencyCode)
    expect(draft.locale).toBe('en-GB')
    expect(stagesInFile(draft.table, draft.columns)).toEqual(['Interviewing', 'Applied', 'Offer'])
  })
})

describe('same application', () => {
  it('is the same company and role, whatever the case, accents and spaces', () => {
    expect(sameApplicationKey(' Société  Générale', 'Analyste ')).toBe(
      sameApplicationKey('SOCIETE GENERALE', 'analyste'),
    )
    expect(sameApplicationKey('Acme', 'Analyst')).not.toBe(sameApplicationKey('Acme', 'Analysts'))
  })

  it('merges by filling only what is empty, never what the user typed, nor the stage', () => {
    const mine: Opportunity = { ...acme(), notes: 'Priya liked my portfolio', stage: 'followed-up' }
    const theirs: Opportunity = {
      ...acme(countingIds('t')),
      notes: 'from the tracker',
      stage: 'rejected',
      closed: 'ghosted',
      rounds: [],
      promisedDecisionDate: '2026-03-20',
      advert: {
        text: 'https://jobs.example/acme',
        terms: {
          pay: payRate(5_200_000, 5_200_000, 'GBP', 'year'),
          hoursPerWeek: null,
          holidayDays: null,
          benefits: [],
          car: null,
          location: 'Leeds',
          arrangement: null,
        },
      },
    }
    const merged = fillEmptyFields(mine, theirs, NOW)
    expect(merged).toMatchObject({
      notes: 'Priya liked my portfolio',
      stage: 'followed-up',
      closed: null,
      rounds: mine.rounds,
      promisedDecisionDate: '2026-03-20',
      advert: { text: 'https://jobs.example/acme', terms: { location: 'Leeds' } },
      updatedAt: NOW,
    })
    expect(fillEmptyFields(merged, theirs, NOW + 1)).toBe(merged)
  })
})

describe('a CSV import through the one import pipeline', () => {
  it('adds new rows, merges a duplicate by choice, lists unreadable rows, and undoes in one step', async () => {
    const { vault } = await createdVault('csv-import')
    const records = vault.records
    const mine: Opportunity = {
      ...acme(countingIds('mine')),
      id: 'opp-sg',
      company: 'Societe Generale',
      role: 'responsable des données',
      notes: 'Zoë was on the panel',
    }
    await records.put('opportunities', mine.id, mine)
    const table = fixture('homemade-1252.csv')
    const draft = startCsvDraft('home.csv', table, 'de-DE' as LocaleTag, 'EUR' as CurrencyCode)
    draft.columns = draft.columns.map((f, i) => (i === 2 ? 'stage' : f))
    draft.stages = {
      Interview: 'interviewed',
      Offer: 'offer',
      Rejected: 'rejected',
      Ghosted: 'ghosted',
      Applied: 'interviewed',
    }
    const seen: number[] = []
    const read = await readCsvInSteps(draft, steps, (done) => seen.push(done))
    expect(seen).toEqual([5])
    const { plan, summary } = planCsvImport(read, [mine], NOW, draft.locale)
    expect(summary.duplicates).toEqual([
      { row: 2, company: 'Societe Generale', role: 'responsable des données', fills: true },
    ])
    expect(plan.problems.map((p) => p.where)).toEqual(['Row 4', 'Row 5'])
    expect(plan.added.opportunities.map((r) => r.value.company)).toEqual([
      'Müller & Söhne GmbH',
      'Straße AG',
    ])

    const before = (await records.all('opportunities')).records
    const skipped = await applyImport(records, plan, false)
    expect(skipped.counts.opportunities).toBe(2)
    expect(await records.get('opportunities', 'opp-sg')).toEqual(mine)
    await undoImport(records, skipped)

    const merged = await applyImport(records, plan, true)
    expect(merged.counts.opportunities).toBe(3)
    expect(await records.get('opportunities', 'opp-sg')).toMatchObject({
      notes: 'Zoë was on the panel',
      rounds: mine.rounds,
      advert: { terms: { location: 'Paris', pay: { min: 8_500_000, currency: 'EUR' } } },
    })
    await undoImport(records, merged)
    expect((await records.all('opportunities')).records).toEqual(before)
  })

  it('imports a thousand rows with progress in steps', async () => {
    const header = 'Company,Role,Status,Applied,Salary\r\n'
    const rows = Array.from(
      { length: 1000 },
      (_, i) => `Company ${i},Role ${i},Applied,${(i % 28) + 1}/02/2026,£${40 + (i % 30)}k`,
    )
    const read = readCsvFile(new TextEncoder().encode(header + rows.join('\r\n')))
    if (!read.ok) throw new Error(read.error.kind)
    const draft = startCsvDraft('big.csv', read.table, GB, 'GBP' as CurrencyCode)
    const reads: number[] = []
    const all = await readCsvInSteps(draft, steps, (done) => reads.push(done))
    expect(reads).toEqual([1000])
    const { vault } = await createdVault('csv-thousand')
    const { plan } = planCsvImport(all, [], NOW, GB)
    const writes: number[] = []
    const done = await applyImport(vault.records, plan, false, (d) => writes.push(d))
    expect(writes).toEqual([250, 500, 750, 1000])
    expect(done.counts.opportunities).toBe(1000)
    expect(await vault.records.ids('opportunities')).toHaveLength(1000)
  })
})
