/**
 * The rows of a CSV table read into applications with the user's column mapping, in the locale
 * the file was written in: dates through the one date reader (dateInput.ts), money through the
 * one money reader (money.ts). A row that cannot be read whole (a date that does not exist, a
 * negative salary, no company and no role) is not imported in part: it is listed with its row
 * number and why, and the others go ahead.
 */
import { readTypedDate } from '../domain/dateInput'
import type { NewId } from '../domain/factory'
import { newOpportunity } from '../domain/factory'
import type { LocaleTag } from '../domain/locale'
import {
  parseMoney,
  readCurrencyChoice,
  readCurrencyCode,
  type CurrencyCode,
  type MinorUnits,
  type PayPeriod,
  type PayRate,
} from '../domain/money'
import type { Opportunity, Round, Terms } from '../domain/opportunity'
import type { Instant, IsoDate, TimeZone } from '../domain/time'
import { zonedInstant } from '../domain/zoned'
import { FIELD_INFO, placeOf, type ImportField, type StageChoice } from './csvColumns'
import type { CsvTable } from './csvFile'

/** How the user mapped the file: a field per column, and where each of the file's stages goes. */
export interface CsvMapping {
  columns: ReadonlyArray<ImportField | null>
  /** Keyed by the stage as the file writes it, trimmed. */
  stages: Readonly<Record<string, StageChoice>>
}

/** What reading rows needs besides the table and the mapping. */
export interface CsvReading {
  /** How the file writes numbers and dates. */
  locale: LocaleTag
  /** The currency of amounts when the row does not say. */
  currency: CurrencyCode
  zone: TimeZone
  now: Instant
  newId: NewId
}

/** A row read into an application. */
export interface CsvRecord {
  row: number
  opportunity: Opportunity
  /** True when a date in the row could have been read the other way round (1/2/2025). */
  ambiguousDate: boolean
}

/** A row that is not imported, and why, in words. */
export interface CsvRowProblem {
  row: number
  problem: string
}

/** What reading rows gave: applications, rows left out by the user's choice, and problems. */
export interface CsvRead {
  records: CsvRecord[]
  skipped: number
  problems: CsvRowProblem[]
}

/** Reads `rows` (a slice of `table.rows` from `start`) with `mapping`; never throws. */
export function readCsvRows(
  table: CsvTable,
  mapping: CsvMapping,
  reading: CsvReading,
  start = 0,
  end = table.rows.length,
): CsvRead {
  const read: CsvRead = { records: [], skipped: 0, problems: [] }
  for (let i = start; i < end; i++) {
    const row = table.rowNumbers[i]!
    const outcome = readRow(table.rows[i]!, mapping, reading)
    if (outcome === 'skip') read.skipped++
    else if ('problem' in outcome) read.problems.push({ row, problem: outcome.problem })
    else read.records.push({ row, ...outcome })
  }
  return read
}

type Cells = Partial<Record<ImportField, string>>

function readRow(
  cells: readonly string[],
  mapping: CsvMapping,
  reading: CsvReading,
): 'skip' | { problem: string } | { opportunity: Opportunity; ambiguousDate: boolean } {
  const c: Cells = {}
  mapping.columns.forEach((field, i) => {
    const cell = (cells[i] ?? '').trim()
    // Huntr writes "-" in an empty cell.
    if (field && cell !== '' && cell !== '-' && c[field] === undefined) c[field] = cell
  })
  if (!c.company && !c.role) return { problem: 'it has neither a company nor a role.' }
  const place = c.stage === undefined ? 'interviewed' : (mapping.stages[c.stage] ?? 'interviewed')
  if (place === 'skip') return 'skip'
  let ambiguousDate = false
  const dates: Partial<Record<'added' | 'decisionBy' | 'offerOn', IsoDate>> = {}
  for (const field of ['added', 'decisionBy', 'offerOn'] as const) {
    if (c[field] === undefined) continue
    const date = readTypedDate(c[field], reading.locale)
    if (!date.ok) return { problem: `${FIELD_INFO[field].label}: ${date.problem}` }
    dates[field] = date.date
    ambiguousDate ||= date.ambiguous
  }
  const interviews: IsoDate[] = []
  for (const text of (c.interviewed ?? '').split(/[;\n]/).map((t) => t.trim())) {
    if (!text) continue
    const date = readTypedDate(text, reading.locale)
    if (!date.ok) return { problem: `${FIELD_INFO.interviewed.label}: ${date.problem}` }
    interviews.push(date.date)
    ambiguousDate ||= date.ambiguous
  }
  const currency = c.currency === undefined ? reading.currency : readCurrency(c.currency, reading)
  if (currency === null) return { problem: `Currency: "${c.currency}" is not a currency.` }
  const pay = readPay(c.pay, c.payMax, currency, reading.locale)
  if (pay !== null && 'problem' in pay) return pay

  const created = dates.added ? zonedInstant(dates.added, '00:00', reading.zone) : reading.now
  const o = newOpportunity(reading.newId, created)
  const closing = c.outcome === undefined ? undefined : mapping.stages[c.outcome]
  const { stage, closed } = placeOf(place)
  o.company = c.company ?? ''
  o.role = c.role ?? ''
  o.stage = stage
  o.closed = closing && closing !== 'skip' ? (placeOf(closing).closed ?? closed) : closed
  o.history = [{ from: null, to: stage, at: created }]
  o.notes = c.notes ?? ''
  o.promisedDecisionDate = dates.decisionBy ?? null
  if (dates.offerOn) o.offerReceivedOn = dates.offerOn
  o.rounds = interviews.map((date) => importedRound(reading.newId, date))
  if (c.agency) o.agency = { name: c.agency, consultant: '', email: '', phone: '' }
  if (c.contact || c.contactEmail) {
    const who = [c.contact, c.contactEmail && `<${c.contactEmail}>`].filter(Boolean).join(' ')
    o.followUp = { who, how: c.contactEmail ? 'email' : 'other', when: '' }
  }
  const advertText = [c.advert, c.url].filter(Boolean).join('\n\n')
  if (advertText || pay || c.location) {
    o.advert = { text: advertText, terms: importedTerms(pay, c.location ?? '') }
  }
  return { opportunity: o, ambiguousDate }
}

/** An interview known only by its day: 10:00 in person, as a new round starts in the form. */
function importedRound(newId: NewId, date: IsoDate): Round {
  return {
    id: newId(),
    date,
    time: '10:00',
    durationMinutes: 60,
    mode: 'in-person',
    place: '',
    interviewers: [],
    isFinal: false,
  }
}

function importedTerms(pay: PayRate | null, location: string): Terms {
  return {
    pay,
    hoursPerWeek: null,
    holidayDays: null,
    benefits: [],
    car: null,
    location,
    arrangement: null,
  }
}

function readCurrency(text: string, reading: CsvReading): CurrencyCode | null {
  return readCurrencyCode(text) ?? readCurrencyChoice(text, reading.locale)
}

/** Currencies tried, in order, for a figure written with another currency's symbol. */
const LIKELY_CURRENCIES = ['GBP', 'EUR', 'USD', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN']

const PERIODS: Array<[RegExp, PayPeriod]> = [
  [/\s*(?:\/\s*|per\s+|an?\s+|p\.?)(?:h|hr|hour)\.?$/i, 'hour'],
  [/\s*(?:\/\s*|per\s+|a\s+|p\.?)(?:d|day)\.?$/i, 'day'],
  [/\s*(?:\/\s*|per\s+|a\s+|p\.?)(?:w|wk|week)\.?$/i, 'week'],
  [/\s*(?:\/\s*|per\s+|a\s+|p\.?)(?:m|mo|month)\.?$/i, 'month'],
  [/\s*(?:\/\s*|per\s+|a\s+|p\.?)(?:a|y|yr|year|annum)\.?$/i, 'year'],
]

/**
 * Pay from a "pay" cell (a figure, or a band "£45,000 - £55,000", "50k to 60k", with an optional
 * period "/hour", "per month") and a "highest pay" cell. A year unless it says otherwise.
 */
function readPay(
  low: string | undefined,
  high: string | undefined,
  currency: CurrencyCode,
  locale: LocaleTag,
): PayRate | null | { problem: string } {
  if (low === undefined && high === undefined) return null
  let text = [low, high].filter(Boolean).join(' - ')
  let period: PayPeriod = 'year'
  for (const [pattern, p] of PERIODS)
    if (pattern.test(text)) {
      period = p
      text = text.replace(pattern, '')
      break
    }
  const parts = text.split(/(?<=\S)\s*(?:-|–|—|\bto\b)\s*(?=\S)/i)
  if (parts.length > 2) return { problem: `Pay: "${text}" is not a figure or a band.` }
  for (const code of [currency, ...LIKELY_CURRENCIES]) {
    const amounts = parts.map((part) =>
      parseMoney(part, { currency: code as CurrencyCode, locale, field: 'Pay' }),
    )
    const figures: MinorUnits[] = []
    for (const a of amounts) {
      if (a.ok) figures.push(a.amount)
      else if (a.error.kind === 'other-currency') break
      else return { problem: a.error.message }
    }
    if (figures.length < amounts.length) continue
    const [min, max = min] = figures
    if (max! < min!) return { problem: `Pay: the band "${text}" runs backwards.` }
    return { min: min!, max: max!, currency: code as CurrencyCode, period }
  }
  return { problem: `Pay: "${text}" is written in a currency this import does not recognise.` }
}
