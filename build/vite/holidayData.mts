/**
 * Public-holiday data split by country at build time. date-holidays ships the rules of every
 * country as one JSON of about 800 kB; the app needs one country's. This plugin serves:
 *
 * - `virtual:holiday-regions`: every country, state and smaller region by code with its English
 *   name, as date-holidays names them (about 16 kB), for the region picker and region checks;
 * - `virtual:holiday-data`: one loader per country, each an `import()` of
 *   `virtual:holiday-data/<CC>`, a chunk holding that country's rules only;
 * - `virtual:holiday-data/names`: the holiday names the countries share ("New Year's Day"),
 *   one chunk imported by every country's.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import type { Plugin } from 'vite'
import Holidays from 'date-holidays'

/** date-holidays' compiled data: every country's rules and the names they share. */
interface HolidayJson {
  version: string
  holidays: Record<string, unknown>
  names: Record<string, unknown>
}

const REGIONS = 'virtual:holiday-regions'
const INDEX = 'virtual:holiday-data'
const NAMES = 'virtual:holiday-data/names'
const COUNTRY = /^virtual:holiday-data\/([A-Z]{2})$/

/** Code -> English name for every country, state and region date-holidays knows. */
function regionTree(): Record<string, unknown> {
  const hd = new Holidays()
  const tree: Record<string, unknown> = {}
  for (const [country, name] of Object.entries(hd.getCountries('en') ?? {})) {
    const states: Record<string, unknown> = {}
    for (const [state, stateName] of Object.entries(hd.getStates(country, 'en') ?? {})) {
      states[state] = { name: stateName, regions: hd.getRegions(country, state, 'en') ?? {} }
    }
    tree[country] = { name, states }
  }
  return tree
}

/** The Vite plugin; add it wherever code that imports src-shared/rules/holidayData is built. */
export function holidayData(): Plugin {
  const require = createRequire(import.meta.url)
  const folder = dirname(require.resolve('date-holidays/package.json'))
  const data = JSON.parse(
    readFileSync(resolve(folder, 'data/holidays.json'), 'utf8'),
  ) as HolidayJson
  const countries = Object.keys(data.holidays)
  return {
    name: 'afterview-holiday-data',
    resolveId(id) {
      if (id === REGIONS || id === INDEX || id === NAMES || COUNTRY.test(id)) return `\0${id}`
      return null
    },
    load(id) {
      if (!id.startsWith('\0virtual:holiday-')) return null
      const name = id.slice(1)
      if (name === REGIONS) return `export default ${JSON.stringify(regionTree())}`
      if (name === NAMES) return `export default ${JSON.stringify(data.names)}`
      if (name === INDEX) {
        const loaders = countries.map((c) => `${c}: () => import('${INDEX}/${c}')`)
        return `export const countries = {\n${loaders.join(',\n')}\n}`
      }
      const country = COUNTRY.exec(name)?.[1]
      if (!country || !(country in data.holidays)) return null
      return (
        `import names from '${NAMES}'\n` +
        `export default { version: ${JSON.stringify(data.version)}, names, ` +
        `holidays: { ${country}: ${JSON.stringify(data.holidays[country])} } }`
      )
    },
  }
}
