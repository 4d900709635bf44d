import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LocaleTag } from '../domain/locale'
import type { CurrencyCode } from '../domain/money'
import { readRecord } from './schemas'
import { defaultStageChoice, guessColumns, type StageChoice } from './csvColumns'
import { readCsvFile, type CsvTable } from './csvFile'
import { readCsvRows, type CsvReading } from './csvRows'

const FIXTURES = join(__dirname, '../../tests/fixtures/import')

function fixture(name: string): CsvTable {
  const read = readCsvFile(new Uint8Array(readFileSync(join(FIXTURES, name))))
  if (!read.ok) throw new Error(read.error.kind)
  return read.table
}

function reading(locale: string, currency = 'GBP'): CsvReading {
  let n = 0
  return {
    locale: locale as LocaleTag,
    currency: currency as CurrencyCode,
    zone: 'Europe/London',
    now: Date.UTC(2026, 2, 3, 11),
    newId: () => `id-${++n}`,
  }
}

/** The file read with every guess left as it is: the columns and the stages' defaults. */
function readWithGuesses(table: CsvTable, locale: string, currency?: string) {
  const columns = guessColumns(table.header)
  const stages: Record<string, StageChoice> = {}
  columns.forEach((field, i) => {
    if (field === 'stage' || field === 'outcome')
      for (const row of table.rows) stages[row[i]!.trim()] = defaultStageChoice(row[i]!)
  })
  return readCsvRows(table, { columns, stages }, reading(locale, currency))
}

describe('Huntr’s export', () => {
  const table = fixture('huntr.csv')

  it('recognises its columns on its own', () => {
    const columns = guessColumns(table.header)
    const named = Object.fromEntries(columns.flatMap((f, i) => (f ? [[f, table.header[i]]] : [])))
    expect(named).toEqual({
      company: 'companyName',
      role: 'title',
      stage: 'listName',
      added: 'createdAt',
      pay: 'salary',
      location: 'location',
      url: 'url',
    })
  })

  it('reads every row into a valid application, dashes as empty, wishlist closed as archived', () => {
    const read = readWithGuesses(table, 'en-US', 'USD')
    expect(read.problems).toEqual([])
    expect(read.records).toHaveLength(5)
    for (const { opportunity } of read.records) {
      expect(readRecord('opportunities', opportunity).ok).toBe(true)
    }
    const [northwind, contoso, fabrikam, tailspin, wingtip] = read.records.map((r) => r.opportunity)
    expect(northwind).toMatchObject({
      company: 'Northwind Traders',
      role: 'Senior Data Engineer, Platform',
      stage: 'interviewed',
      closed: null,
      createdAt: Date.UTC(2026, 0, 12),
      advert: {
        text: 'https://jobs.example.com/northwind/4411',
        terms: {
          pay: { min: 14_500_000, max: 14_500_000, currency: 'USD', period: 'year' },
          location: 'Boston MA',
        },
      },
    })
    expect(contoso!.advert?.terms.pay).toBeNull()
    expect(fabrikam).toMatchObject({ stage: 'offer', closed: null })
    expect(fabrikam!.advert?.terms.pay).toEqual({
      min: 17_000_000,
      max: 19_000_000,
      currency: 'USD',
      period: 'year',
    })
    expect(tailspin).toMatchObject({ stage: 'rejected', closed: null })
    expect(wingtip).toMatchObject({ stage: 'interviewed', closed: 'archived' })
  })
})

describe('Teal’s export', () => {
  const table = fixture('teal.csv')

  it('takes "Date Applied" over "Date Saved", and the salary band from two columns', () => {
    const columns = guessColumns(table.header)
    expect(columns[table.header.indexOf('Date Applied')]).toBe('added')
    expect(columns[table.header.indexOf('Date Saved')]).toBeNull()
    const read = readWithGuesses(table, 'en-US', 'USD')
    expect(read.problems).toEqual([])
    const [adatum, litware, proseware, lucerne, trey] = read.records.map((r) => r.opportunity)
    expect(adatum).toMatchObject({
      stage: 'interviewed',
      createdAt: Date.UTC(2026, 1, 14),
      notes: 'Hiring manager: Priya Raghunathan; 3 rounds',
    })
    expect(adatum!.advert?.terms.pay).toMatchObject({ min: 9_500_000, max: 11_000_000 })
    expect(adatum!.advert?.text).toContain('Own the product metrics')
    expect(litware).toMatchObject({
      stage: 'offer',
      notes: '=HYPERLINK("http://evil.example","click")',
    })
    expect(proseware).toMatchObject({ stage: 'rejected' })
    expect(lucerne).toMatchObject({ closed: 'ghosted' })
    expect(trey).toMatchObject({ closed: 'archived' })
  })

  it('lists a US date read in a day-first locale as impossible, with its row number', () => {
    const read = readWithGuesses(table, 'en-GB', 'USD')
    expect(read.problems[0]).toEqual({
      row: 2,
      problem: 'Date applied or added: "02/14/2026" is not a real date: there is no month 14.',
    })
  })
})

describe('a home-made sheet', () => {
  it('reads German money and day-first dates, and lists the impossible date and the negative pay', () => {
    const table = fixture('homemade-1252.csv')
    const columns = guessColumns(table.header)
    expect(columns).toEqual([
      'company',
      'role',
      null,
      'added',
      'interviewed',
      'pay',
      'location',
      'notes',
    ])
    columns[2] = 'stage'
    const stages = Object.fromEntries(table.rows.map((r) => [r[2]!, defaultStageChoice(r[2]!)]))
    const read = readCsvRows(table, { columns, stages }, reading('de-DE', 'EUR'))
    expect(read.problems).toEqual([
      {
        row: 4,
        problem:
          'Date applied or added: "31/02/2025" is not a real date: February 2025 has 28 days.',
      },
      {
        row: 5,
        problem: expect.stringMatching(/^Pay: "-3.000 €" reads as .*cannot be below zero/),
      },
    ])
    const [sg, muller, strasse] = read.records
    expect(sg).toMatchObject({ row: 2, ambiguousDate: true })
    expect(sg!.opportunity).toMatchObject({
      company: 'Société Générale',
      createdAt: Date.UTC(2025, 1, 1),
      rounds: [{ date: '2025-02-14', time: '10:00', interviewers: [] }],
      notes: 'Zoë said "call back in March"',
    })
    expect(sg!.opportunity.advert?.terms.pay).toMatchObject({ min: 8_500_000, currency: 'EUR' })
    expect(muller!.opportunity).toMatchObject({ stage: 'offer', notes: '=SUM(A1:A3)' })
    expect(muller!.opportunity.advert?.terms.pay).toMatchObject({ min: 5_200_000 })
    expect(strasse!.opportunity.advert?.terms.pay).toMatchObject({ min: 6_250_050 })
  })

  it('reads pounds, shorthand, a band and an hourly rate from a British UTF-16 sheet', () => {
    const read = readWithGuesses(fixture('utf16.csv'), 'en-GB')
    expect(read.problems).toEqual([])
    const pay = read.records.map((r) => r.opportunity.advert?.terms.pay)
    expect(pay).toEqual([
      { min: 5_200_000, max: 5_200_000, currency: 'GBP', period: 'year' },
      { min: 5_200_000, max: 5_200_000, currency: 'EUR', period: 'year' },
      { min: 4_500_000, max: 5_500_000, currency: 'GBP', period: 'year' },
      { min: 9_500, max: 9_500, currency: 'USD', period: 'hour' },
    ])
    expect(read.records.map((r) => r.opportunity.createdAt)).toEqual([
      Date.UTC(2026, 1, 24),
      Date.UTC(2026, 2, 3),
      Date.UTC(2026, 0, 19),
      Date.UTC(2026, 0, 12),
    ])
  })
})

describe('rows the user leaves out or that say nothing', () => {
  it('skips rows of a stage the user left out, and lists a row without company or role', () => {
    const table: CsvTable = {
      header: ['Company', 'Role', 'Status'],
      rows: [
        ['Acme', 'Analyst', 'Wishlist'],
        ['', '', 'Applied'],
        ['Globex', 'Engineer', 'Applied'],
      ],
      rowNumbers: [2, 3, 4],
      badRows: [],
      encoding: 'utf-8',
      delimiter: ',',
    }
    const read = readCsvRows(
      table,
      {
        columns: ['company', 'role', 'stage'],
        stages: { Wishlist: 'skip', Applied: 'interviewed' },
      },
      reading('en-GB'),
    )
    expect(read.skipped).toBe(1)
    expect(read.problems).toEqual([{ row: 3, problem: 'it has neither a company nor a role.' }])
    expect(read.records.map((r) => r.row)).toEqual([4])
  })
})
