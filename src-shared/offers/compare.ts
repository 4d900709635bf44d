/**
 * Several offers side by side on the same footing: each offer's total pay (see `totalPay`) as rows
 * the screen and the notes can show, and plain words for what cannot be compared.
 */
import type { LocaleTag, Money } from '../domain'
import { formatMoney } from '../domain'
import { totalPay, type PayTotals } from '../rules/totalPay'
import { RuleInputError } from '../rules/errors'
import type { OfferEntry } from './entry'

/** One offer's column of the comparison. */
export interface OfferColumn {
  id: string
  company: string
  role: string
  /** Null when the offer states no base pay or its figures cannot be totalled. */
  totals: PayTotals | null
  holidayDays: number | null
}

/** One row of the comparison, a cell per offer, amounts written for people. */
export interface ComparisonLine {
  key: string
  label: string
  cells: string[]
  /** A total, shown stronger. */
  total: boolean
}

/** The comparison: columns, rows, and sentences on what is left out or cannot be compared. */
export interface OfferComparison {
  columns: OfferColumn[]
  lines: ComparisonLine[]
  notes: string[]
  /** The id of the offer with the highest first-year total, when all are in one currency. */
  highestFirstYear: string | null
}

const NONE = 'None stated'

type Row = [
  key: string,
  label: string,
  pick: (t: PayTotals, c: OfferColumn) => string,
  total?: boolean,
]

/**
 * Totals each offer a year (at its hours, 52 paid weeks, its days a week) and lines them up. Offers
 * in different currencies are shown in their own and reported as not comparable, never converted.
 */
export function compareOffers(entries: OfferEntry[], locale: LocaleTag): OfferComparison {
  const notes: string[] = []
  const columns: OfferColumn[] = entries.map(({ offer, company, role }) => {
    let totals: PayTotals | null = null
    try {
      totals = totalPay(offer.terms)
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error
      notes.push(`${company}: some figures could not be read, so its totals are not shown.`)
    }
    if (totals === null && !offer.terms.pay) notes.push(`${company}: no base pay is stated.`)
    for (const line of totals ? [...totals.notComparable, ...totals.caveats] : [])
      notes.push(`${company}: ${line}`)
    return { id: offer.id, company, role, totals, holidayDays: offer.terms.holidayDays }
  })
  const m = (value: Money | null) => (value ? formatMoney(value, locale) : NONE)
  const rows: Row[] = [
    ['base', 'Base pay a year', (t) => m(t.base)],
    ['guaranteedBonus', 'Guaranteed bonus', (t) => m(t.guaranteedBonus)],
    ['allowances', 'Allowances a year', (t) => m(t.allowances)],
    ['guaranteedCash', 'Guaranteed cash a year', (t) => m(t.guaranteedCash), true],
    ['pension', 'Employer pension a year', (t) => m(t.pension)],
    ['benefits', 'Benefits, as you value them', (t) => m(t.benefits)],
    ['expectedBonus', 'Target bonus, at its likelihood', (t) => m(t.expectedBonus)],
    ['equity', 'Equity vesting in year one', (t) => m(t.equityFirstYear)],
    ['firstYear', 'First-year total', (t) => m(t.firstYear), true],
    ['fourYears', 'Four-year total', (t) => m(t.fourYears), true],
    [
      'holiday',
      'Holiday',
      (_, c) => (c.holidayDays === null ? 'Not stated' : `${c.holidayDays} days`),
    ],
    [
      'hours',
      'Hours a week',
      (t) => `${t.hoursPerWeek}${t.hoursAssumed ? ' (assumed)' : ''}, ${t.daysPerWeek} days`,
    ],
    ['perHour', 'Pay per hour worked', (t) => m(t.perHour)],
    ['commute', 'Commute cost a year', (t) => m(t.commuteCost)],
    ['perHourWithCommute', 'Per hour, counting the commute', (t) => m(t.perHourWithCommute)],
  ]
  const lines = rows.map(([key, label, pick, total]) => ({
    key,
    label,
    cells: columns.map((c) => (c.totals ? pick(c.totals, c) : 'Not stated')),
    total: total ?? false,
  }))
  const totalled = columns.filter((c) => c.totals)
  const currencies = new Set(totalled.map((c) => c.totals!.currency))
  if (currencies.size > 1)
    notes.unshift(
      `These offers are in ${[...currencies].join(' and ')}: the app does not convert currencies, so their totals cannot be compared here.`,
    )
  const highest =
    currencies.size === 1 && totalled.length > 1
      ? totalled.reduce((a, b) => (b.totals!.firstYear.amount > a.totals!.firstYear.amount ? b : a))
      : null
  return { columns, lines, notes, highestFirstYear: highest?.id ?? null }
}
