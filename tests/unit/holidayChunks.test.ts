/**
 * The built renderer holds public-holiday rules one country per chunk, loaded when the user's
 * region needs them (src-shared/rules/holidayData.ts). Before the split, every country's rules
 * (about 800 kB as JSON) sat inside one chunk the app loads after the lock screen.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import Holidays from 'date-holidays'
import { ensureBuilt } from '../support/built'

const assets = resolve(__dirname, '../../out/renderer/assets')
// A country's rules in a chunk: `holidays: { GB: {`, quoted or not, however it is formatted.
const COUNTRY_RULES = /holidays:\s*\{\s*"?([A-Z]{2})"?\s*:\s*\{/g
// Good Friday's rule, which about 120 countries share: rule text, never a name or a comment.
const GOOD_FRIDAY = '"easter -2"'

describe('the public-holiday data in the build', () => {
  it('holds each country in a chunk of its own, and no other chunk holds any rules', () => {
    ensureBuilt()
    const chunks = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, text: readFileSync(resolve(assets, name), 'utf8') }))
    const countryOf = new Map<string, string>()
    for (const { name, text } of chunks) {
      const found = [...text.matchAll(COUNTRY_RULES)].map((m) => m[1]!)
      expect(found.length, `countries in ${name}`).toBeLessThanOrEqual(1)
      if (found[0]) countryOf.set(name, found[0])
    }
    const countries = Object.keys(new Holidays().getCountries()).sort()
    expect([...countryOf.values()].sort()).toEqual(countries)
    // The holiday names countries share ("Good Friday" in many languages), keyed by rule, sit
    // in one chunk every country's imports; no other chunk may hold rules.
    const gb = chunks.find(({ name }) => countryOf.get(name) === 'GB')!
    const shared = [...gb.text.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!)
    expect(shared).toHaveLength(1)
    for (const { name, text } of chunks) {
      if (text.includes(GOOD_FRIDAY) && name !== shared[0])
        expect(countryOf.has(name), name).toBe(true)
    }
    const size = (name: string) => Buffer.byteLength(chunks.find((c) => c.name === name)!.text)
    // The biggest country (the United States) and the shared names are under 40 kB each; all
    // of them together were 800 kB.
    expect(Math.max(...[...countryOf.keys()].map(size))).toBeLessThan(40_000)
    expect(size(shared[0]!)).toBeLessThan(40_000)
  })
})
