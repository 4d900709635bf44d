/**
 * schema.org JobPosting data, as job boards embed it in a page (`<script
 * type="application/ld+json">`). The page's own structured figures are more reliable than its
 * prose, so they are proposed first and the text fills in the rest. The caller parses each
 * script's JSON (the renderer, with DOMParser: nothing is executed or fetched) and passes the
 * values; anything that is not a JobPosting, or a property of the wrong shape, is passed over.
 */
import type { CurrencyCode, PayPeriod } from '../domain/money'
import { isCurrencyCode, parseMoney, payRate } from '../domain/money'
import type { LocaleTag } from '../domain/locale'
import { isIsoDate } from '../domain/time'
import { readHours } from './textReader'
import type { ProposedTerm } from './terms'

type Node = Record<string, unknown>

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])
const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : null
const named = (v: unknown): string | null => text(v) ?? (isNode(v) ? text(v['name']) : null)

function isJobPosting(node: Node): boolean {
  return list(node['@type']).some((t) => t === 'JobPosting' || t === 'schema:JobPosting')
}

/**
 * Every JobPosting in the values of a page's JSON-LD scripts: at the top, in an array, or in an
 * `@graph` (as Yoast and most site builders write it), to a few levels deep.
 */
export function jobPostingsIn(values: readonly unknown[]): Node[] {
  const found: Node[] = []
  const walk = (v: unknown, depth: number): void => {
    if (depth > 4) return
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1))
    else if (isNode(v)) {
      if (isJobPosting(v)) found.push(v)
      else walk(v['@graph'], depth + 1)
    }
  }
  values.forEach((v) => walk(v, 0))
  return found
}

const UNITS: Record<string, PayPeriod> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
}

/** A figure of the page's data in minor units: numbers and plain decimal strings only. */
function minor(value: unknown, currency: CurrencyCode): number | null {
  const written =
    typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : ''
  if (!/^\d+(\.\d+)?$/.test(written)) return null
  const reading = parseMoney(written, { currency, locale: 'en' as LocaleTag, field: '' })
  return reading.ok && reading.amount > 0 ? reading.amount : null
}

/** baseSalary: a MonetaryAmount whose value is a number or a QuantitativeValue band. */
function pay(posting: Node): ProposedTerm | null {
  for (const field of ['baseSalary', 'estimatedSalary'] as const) {
    for (const amount of list(posting[field])) {
      if (!isNode(amount)) continue
      const code = text(amount['currency'])?.toUpperCase() ?? text(posting['salaryCurrency'])
      if (!isCurrencyCode(code)) continue
      const value = amount['value']
      const q = isNode(value) ? value : { value }
      const single = minor(q['value'], code)
      const min = minor(q['minValue'], code) ?? single ?? minor(q['maxValue'], code)
      const max = minor(q['maxValue'], code) ?? single ?? min
      if (min === null || max === null || max < min) continue
      const unit = text(q['unitText']) ?? text(amount['unitText']) ?? 'YEAR'
      const period = UNITS[unit.toUpperCase()] ?? 'year'
      return {
        key: 'pay',
        pay: payRate(min, max, code, period),
        from: { kind: 'page-data', field },
      }
    }
  }
  return null
}

/** The town of the first jobLocation (its PostalAddress or the place's name). */
function location(posting: Node): string | null {
  for (const place of list(posting['jobLocation'])) {
    if (!isNode(place)) continue
    const address = place['address']
    if (typeof address === 'string' && address.trim()) return text(address)
    if (isNode(address)) {
      const town = text(address['addressLocality']) ?? text(address['addressRegion'])
      if (town) return town
    }
    const name = text(place['name'])
    if (name) return name
  }
  return null
}

function benefits(posting: Node): string[] {
  return list(posting['jobBenefits'])
    .flatMap((b) => (typeof b === 'string' ? b.split(/\s*(?:\n|;|•)\s*/) : []))
    .map((b) => b.trim())
    .filter(Boolean)
    .slice(0, 20)
}

/** What one JobPosting states, and its description (HTML, for the caller to turn into text). */
export function readJobPosting(posting: Node): {
  terms: ProposedTerm[]
  descriptionHtml: string | null
} {
  const terms: ProposedTerm[] = []
  const data = (field: string) => ({ kind: 'page-data' as const, field })
  const company = named(posting['hiringOrganization'])
  if (company) terms.push({ key: 'company', text: company, from: data('hiringOrganization') })
  const role = text(posting['title'])
  if (role) terms.push({ key: 'role', text: role, from: data('title') })
  const salary = pay(posting)
  if (salary) terms.push(salary)
  const hours = posting['workHours']
  const hoursText = typeof hours === 'number' ? `${hours} hours` : (text(hours) ?? '')
  const readH = readHours(hoursText)
  if (readH && readH.key === 'hours')
    terms.push({ key: 'hours', count: readH.count, from: data('workHours') })
  const town = location(posting)
  if (town) terms.push({ key: 'location', text: town, from: data('jobLocation') })
  if (list(posting['jobLocationType']).some((t) => String(t).toUpperCase() === 'TELECOMMUTE'))
    terms.push({ key: 'arrangement', arrangement: 'remote', from: data('jobLocationType') })
  const perks = benefits(posting)
  if (perks.length) terms.push({ key: 'benefits', benefits: perks, from: data('jobBenefits') })
  const through = text(posting['validThrough'])?.slice(0, 10)
  // The date as the employer wrote it, in their zone: the day applications close there.
  if (isIsoDate(through))
    terms.push({ key: 'closingDate', date: through, from: data('validThrough') })
  return { terms, descriptionHtml: text(posting['description']) }
}
