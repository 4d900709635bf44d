/**
 * Business days: Monday to Friday, minus the public holidays of the user's region, read from
 * `date-holidays`' rules, which load per country (`loadHolidays` in ./holidayData) before the
 * calendar of a region is asked for. Holidays are computed once per region and year and cached,
 * because the planner runs for every opportunity on every board load and one year costs a few
 * milliseconds to compute.
 */
import type { BusinessDays, IsoDate } from '../domain/time'
import type { RegionCode } from '../domain/settings'
import type { Choice } from '../domain/choice'
import { RuleInputError } from './errors'
import { REGION_NAMES, holidayParser, isKnownRegion, parseRegion } from './holidayData'
import { fromDayNumber } from '../domain/time'
import { toDayNumber, weekdayOfDay } from './dates'

/** One public holiday as the calendar counts it. */
export interface PublicHoliday {
  date: IsoDate
  name: string
  /** True for a substitute day (e.g. Boxing Day moved to Monday 28 December 2026). */
  substitute: boolean
}

/** A business-day calendar for one region. */
export interface BusinessCalendar {
  readonly region: RegionCode
  /** True for a weekday that is not a public holiday. */
  isBusinessDay(date: IsoDate): boolean
  /** The region's public holiday on `date`, if any. */
  holidayOn(date: IsoDate): PublicHoliday | undefined
  /** Public holidays in `year`, in date order. */
  holidaysIn(year: number): readonly PublicHoliday[]
  /** `date` itself when it is a business day, else the next business day. */
  onOrAfter(date: IsoDate): IsoDate
  /** `date` itself when it is a business day, else the previous business day. */
  onOrBefore(date: IsoDate): IsoDate
  /**
   * The business day `days` business days after `date` (before, if negative). `date` itself need
   * not be a business day: Saturday + 1 business day is Monday (when Monday is not a holiday).
   * With 0, `date` itself when it is a business day, else the next one.
   */
  addBusinessDays(date: IsoDate, days: BusinessDays): IsoDate
  /** Business days in the half-open range (`from`, `to`]: 0 when `to` is not after `from`. */
  businessDaysBetween(from: IsoDate, to: IsoDate): BusinessDays
}

/**
 * Types of date-holidays entries that mean a day off. 'bank' counts only when it covers the whole
 * day (German 24 December from 14:00 is a bank closure, not a day off for most employees).
 */
function countsAsDayOff(h: { type: string; date: string }): boolean {
  return h.type === 'public' || (h.type === 'bank' && h.date.slice(11, 19) === '00:00:00')
}

function requireKnownRegion(region: RegionCode): [string, string?, string?] {
  const parsed = parseRegion(region)
  if (!isKnownRegion(region)) {
    const message = `date-holidays does not know ${region}`
    throw new RuleInputError('unknown-region', 'settings.region', message)
  }
  return parsed
}

function buildCalendar(region: RegionCode): BusinessCalendar {
  const [country, state, sub] = requireKnownRegion(region)
  const source = holidayParser(country, state, sub)
  // Day number -> holiday, for every year loaded so far; lists per year for `holidaysIn`.
  const offDays = new Map<number, PublicHoliday>()
  const lists = new Map<number, PublicHoliday[]>()

  function load(y: number): PublicHoliday[] {
    let list = lists.get(y)
    if (!list) {
      list = []
      for (const h of source.getHolidays(y) || []) {
        if (!countsAsDayOff(h)) continue
        const first = toDayNumber(h.date.slice(0, 10))
        // A holiday may span several days; count each whole day it covers.
        const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000))
        for (let i = 0; i < span; i++) {
          if (offDays.has(first + i)) continue
          const holiday = {
            date: fromDayNumber(first + i),
            name: h.name,
            substitute: h.substitute === true,
          }
          offDays.set(first + i, holiday)
          if (+holiday.date.slice(0, 4) === y) list.push(holiday)
        }
      }
      list.sort((a, b) => (a.date < b.date ? -1 : 1))
      lists.set(y, list)
    }
    return list
  }

  /** The holiday on a day number, loading its year and the one before (spans over New Year). */
  function holidayOnDay(n: number): PublicHoliday | undefined {
    const y = Math.floor(n / 365.2425) + 1970
    for (let k = y - 1; k <= y + 1; k++) if (!lists.has(k)) load(k)
    return offDays.get(n)
  }
  const isBusinessDayN = (n: number) => weekdayOfDay(n) < 6 && !holidayOnDay(n)
  const step = (n: number, dir: 1 | -1) => {
    while (!isBusinessDayN(n)) n += dir
    return n
  }

  return {
    region,
    isBusinessDay: (date) => isBusinessDayN(toDayNumber(date)),
    holidayOn: (date) => holidayOnDay(toDayNumber(date)),
    holidaysIn: (y) => load(y),
    onOrAfter: (date) => fromDayNumber(step(toDayNumber(date), 1)),
    onOrBefore: (date) => fromDayNumber(step(toDayNumber(date), -1)),
    addBusinessDays(date, days) {
      let n = toDayNumber(date)
      if (!Number.isInteger(days)) throw new RuleInputError('out-of-range', 'businessDays')
      if (days === 0) return fromDayNumber(step(n, 1))
      const dir = days < 0 ? -1 : 1
      for (let left = Math.abs(days); left > 0;) {
        n += dir
        if (isBusinessDayN(n)) left--
      }
      return fromDayNumber(n)
    },
    businessDaysBetween(from, to) {
      let count = 0
      const last = toDayNumber(to)
      for (let n = toDayNumber(from) + 1; n <= last; n++) if (isBusinessDayN(n)) count++
      return count
    },
  }
}

const calendars = new Map<string, BusinessCalendar>()

/**
 * The business-day calendar of `region` (a date-holidays code: `GB-ENG` for England & Wales,
 * `GB-SCT`, `US-CA`, `DE-BY`...). Cached per region. Throws `unknown-region` for a code
 * date-holidays does not know, `holidays-not-loaded` before `loadHolidays(region)` has finished.
 */
export function businessCalendar(region: RegionCode = 'GB-ENG'): BusinessCalendar {
  const key = typeof region === 'string' ? region.toUpperCase() : ''
  let cal = calendars.get(key)
  if (!cal) {
    cal = buildCalendar(region)
    calendars.set(key, cal)
  }
  return cal
}

/**
 * The region's name in English for sentences: "Ireland", "Bayern, Germany", as date-holidays
 * names them. Falls back to the code for a region it does not know.
 */
export function regionName(region: RegionCode): string {
  const [country, state, sub] = parseRegion(region)
  const countryNames = REGION_NAMES[country]
  if (!countryNames) return region
  const stateNames = state ? countryNames.states[state] : undefined
  const subName = sub ? stateNames?.regions[sub] : undefined
  return [subName, stateNames?.name, countryNames.name].filter(Boolean).join(', ')
}

let regionList: readonly Choice[] | undefined

/**
 * Every country and state date-holidays knows, as pick-list entries named in English: "Scotland,
 * United Kingdom" (short "Scotland") keeps `GB-SCT`. Smaller regions inside a state are left out:
 * they are thousands of entries and a state's holidays are right for nearly everyone. Built once.
 */
export function regionChoices(): readonly Choice[] {
  if (regionList) return regionList
  const list: Choice[] = []
  for (const [country, { name: countryName, states }] of Object.entries(REGION_NAMES)) {
    list.push({ code: country, name: countryName, short: countryName })
    for (const [state, { name: stateName }] of Object.entries(states))
      list.push({
        code: `${country}-${state}`,
        name: `${stateName}, ${countryName}`,
        short: stateName,
      })
  }
  list.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  regionList = list
  return list
}

/** True for the United Kingdom's regions (`GB`, `GB-ENG`, `GB-SCT`...), where UK law applies. */
export function isUkRegion(region: RegionCode): boolean {
  return /^(GB|UK)(-|$)/i.test(region)
}

/** True for the United States and its states (`US`, `US-CA`...). */
export function isUsRegion(region: RegionCode): boolean {
  return /^US(-|$)/i.test(region)
}
