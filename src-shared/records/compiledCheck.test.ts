import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { acme } from '../domain/testData'
import { emptyPipeline } from '../domain/records'
import { defaultSettings } from '../domain/settings'
import { compileCheck } from './compiledCheck'
import { RECORD_SCHEMAS, readRecord, tablesReadSlowly, type RecordTable } from './schemas'

interface OldRecord {
  table: string
  value: unknown
}

const oldRecords = (
  JSON.parse(
    readFileSync(
      new URL('../../tests/fixtures/vault-v1/old-records.json', import.meta.url),
      'utf8',
    ),
  ) as { records: OldRecord[] }
).records

/** A real-looking opportunity: three interviewers over two rounds, accents, EUR, kept actions. */
function busyOpportunity(): unknown {
  const o = acme()
  const round = o.rounds[0]!
  const person = (id: string, name: string) => ({ ...round.interviewers[0]!, id, name })
  return JSON.parse(
    JSON.stringify({
      ...o,
      company: 'Société Générale Île-de-France',
      rounds: [
        {
          ...round,
          interviewers: [person('i1', 'Zoë Ó Briain'), person('i2', 'Siobhán Ní Dhuibhir')],
        },
        { ...round, id: 'r2', date: '2027-01-04', interviewers: [person('i3', 'Jean-Luc Pérez')] },
      ],
      actions: {
        a0123456789abcdef: { status: 'snoozed', at: 5, until: 9 },
        a00000000000000ff: { status: 'done', at: 1_796_000_000_000 },
      },
      draftEdits: { a0123456789abcdef: { body: 'Chère Zoë,', at: 7 } },
      attachments: [],
    }),
  )
}

const samples: Array<[RecordTable, unknown]> = [
  ['opportunities', busyOpportunity()],
  ['settings', defaultSettings],
  ['pipeline', emptyPipeline()],
  ...oldRecords.map((r) => [r.table as RecordTable, r.value] as [RecordTable, unknown]),
]

/** Paths to every value inside `value`, objects and arrays included. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = [path]
  if (Array.isArray(value))
    return here.concat(value.flatMap((item, i) => pathsOf(item, [...path, i])))
  if (value && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([k, item]) => pathsOf(item, [...path, k])))
  }
  return here
}

type Mutation =
  | { kind: 'set'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: unknown }

/** `record` with one change at `path`; the change is applied to a copy. */
function mutate(record: unknown, path: Array<string | number>, change: Mutation): unknown {
  const copy = structuredClone(record)
  if (path.length === 0) return change.kind === 'set' ? change.value : copy
  type Tree = Record<string | number, unknown> & unknown[]
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Tree, copy as Tree)
  const last = path[path.length - 1]!
  if (change.kind === 'set') parent[last] = change.value
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else {
    const target = parent[last] as object | null
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      // An own key even for "__proto__", as JSON.parse makes it.
      Object.defineProperty(target, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
  }
  return copy
}

const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    NaN,
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    '2026-02-30',
    '2027-13-01',
    '25:00',
    'gbp',
    'Mars/Olympus',
    '',
    'x'.repeat(200),
  ),
)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  oddValue.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc
    .tuple(
      fc.constantFrom('extra', '__proto__', 'constructor', 'a0123456789abcdee', 'id'),
      oddValue,
    )
    .map(([key, value]) => ({ kind: 'add' as const, key, value })),
)

describe('the compiled record check', () => {
  it('knows every kind of node the record schemas are made of', () => {
    expect(tablesReadSlowly()).toEqual([])
  })

  it('passes the records the app writes as they are, so loading them costs no copy', () => {
    for (const [table, value] of samples.slice(0, 3)) {
      const read = readRecord(table, value)
      expect(read.ok && read.value, table).toBe(value)
    }
  })

  it('never passes a record valibot refuses, nor one valibot would read differently', () => {
    const sample = fc
      .constantFrom(...samples)
      .chain(([table, record]) =>
        fc.tuple(
          fc.constant(table),
          fc.constant(record),
          fc.constantFrom(...pathsOf(record)),
          mutation,
        ),
      )
    let passed = 0
    let refused = 0
    fc.assert(
      fc.property(sample, ([table, record, path, change]) => {
        const value = mutate(record, path, change)
        const check = compileCheck(RECORD_SCHEMAS[table])!
        const parsed = v.safeParse(RECORD_SCHEMAS[table], value)
        if (check(value)) {
          passed++
          expect(parsed.success).toBe(true)
          expect(parsed.output).toStrictEqual(value)
        } else if (!parsed.success) refused++
      }),
      { numRuns: 3_000, seed: 20261205 },
    )
    // Both outcomes were exercised: the property is not passing on one side only.
    expect(passed).toBeGreaterThan(100)
    expect(refused).toBeGreaterThan(100)
  })

  it('leaves a record from before a field existed to valibot, which fills in the default', () => {
    const { draftEdits: _d, ...old } = acme()
    expect(compileCheck(RECORD_SCHEMAS.opportunities)!(old)).toBe(false)
    expect(readRecord('opportunities', old)).toMatchObject({ ok: true, value: { draftEdits: {} } })
  })

  it('is not built for a schema with a node it does not know', () => {
    expect(compileCheck(v.union([v.string(), v.number()]))).toBeNull()
    expect(compileCheck(v.pipe(v.string(), v.email()))).toBeNull()
    expect(compileCheck(v.object({ a: v.string() }))).toBeNull()
  })
})
