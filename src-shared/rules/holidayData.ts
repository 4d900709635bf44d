/**
 * Where the business-day calendar finds public holidays. The rules of every country together are
 * about 800 kB, so the build splits them by country (build/vite/holidayData.mts) and the app loads
 * the user's country only, with date-holidays' parser, before the rules need it. The names of
 * every country and state are small and always here, for the region picker and region checks.
 */
import type HolidaysParser from 'date-holidays-parser'
import { countries } from 'virtual:holiday-data'
import regions from 'virtual:holiday-regions'
import type { RegionCode } from '../domain/settings'
import { RuleInputError } from './errors'

/** Every country, state and smaller region by code, with English names. */
export const REGION_NAMES = regions

/** Splits `GB-ENG` into country, state and optional region as date-holidays names them. */
export function parseRegion(region: RegionCode): [string, string?, string?] {
  if (typeof region !== 'string' || !/^[A-Za-z]{2}(-[A-Za-z0-9]{1,10}){0,2}$/.test(region)) {
    throw new RuleInputError(
      'unknown-region',
      'settings.region',
      `not a region code: ${String(region)}`,
    )
  }
  const [country, state, sub] = region.toUpperCase().split('-')
  return [country!, state, sub]
}

/** True when date-holidays has rules for `region` (`GB-ENG`, `DE-BY-A`...). */
export function isKnownRegion(region: RegionCode): boolean {
  try {
    const [country, state, sub] = parseRegion(region)
    const states = REGION_NAMES[country]?.states
    if (!states) return false
    if (state && !states[state]) return false
    return !sub || (state !== undefined && states[state]!.regions[sub] !== undefined)
  } catch {
    return false
  }
}

/** The parser and each country's rules, once loaded. */
let Parser: typeof HolidaysParser | undefined
let parserLoading: Promise<typeof HolidaysParser> | undefined
const loaded = new Map<string, object>()
const loading = new Map<string, Promise<void>>()

/**
 * Starts loading date-holidays' parser (the same for every country, and most of the download),
 * once, so that it can load while the records do rather than after them.
 */
export function preloadHolidayParser(): Promise<typeof HolidaysParser> {
  parserLoading ??= import('date-holidays-parser').then(
    (parser) => (Parser ??= parser.default),
    (error: unknown) => {
      parserLoading = undefined // tried again on the next call
      throw error
    },
  )
  return parserLoading
}

/**
 * Loads the holiday rules of `region`'s country, once; the calendar can then be built for it and
 * for any of its states. Never rejects: a region nobody knows loads nothing (the calendar then
 * says `unknown-region`), and a chunk that fails to load is logged and tried again on the next
 * call (the calendar says `holidays-not-loaded` meanwhile).
 */
export function loadHolidays(region: RegionCode): Promise<void> {
  if (!isKnownRegion(region)) return Promise.resolve()
  const [country] = parseRegion(region)
  const load = countries[country]
  if (loaded.has(country) || !load) return Promise.resolve()
  let pending = loading.get(country)
  if (!pending) {
    pending = Promise.all([preloadHolidayParser(), load()])
      .then(([, rules]) => {
        loaded.set(country, rules.default)
      })
      .catch((error: unknown) => {
        console.error(`The public holidays of ${country} could not be loaded.`, error)
      })
      .finally(() => loading.delete(country))
    loading.set(country, pending)
  }
  return pending
}

/**
 * date-holidays' parser for a known region whose country `loadHolidays` has loaded. Throws
 * `holidays-not-loaded` before that.
 */
export function holidayParser(country: string, state?: string, sub?: string): HolidaysParser {
  const rules = loaded.get(country)
  if (!rules || !Parser) {
    throw new RuleInputError(
      'holidays-not-loaded',
      'settings.region',
      `the public holidays of ${country} are not loaded yet`,
    )
  }
  return new Parser(rules, country, state ?? '', sub ?? '')
}
