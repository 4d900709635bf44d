/**
 * fast-check arbitraries for fuzzing IPC payloads. `shapedLike(schema)` walks a valibot schema and
 * generates values of the right shape filled with hostile content, so handlers are reached, not
 * only the validator; `malformedLike(schema)` breaks one part of such a value; `hostilePayload`
 * is anything at all. Schema kinds it does not know fall back to `fc.anything()`: a new kind of
 * schema is still fuzzed, just less deeply (add a case below to go deeper).
 */
import fc from 'fast-check'

/** The subset of a valibot schema object this walker reads. */
interface SchemaLike {
  type: string
  entries?: Record<string, SchemaLike>
  wrapped?: SchemaLike
  item?: SchemaLike
  options?: unknown[]
  literal?: unknown
  key?: SchemaLike | string
  value?: SchemaLike
  pipe?: { kind: string; type: string; requirement?: unknown }[]
}

/** Strings that have broken parsers, renderers and shells before. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>1</script>',
  '../../../../../../etc/passwd',
  '..\\..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\calc.exe',
  '\\\\server\\share\\x',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '\u2066evil\u2069',
  '\uFEFF',
  '\uD800',
  '%00',
  '%2e%2e%2f',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'https://user:pw@example.com@evil.example/',
  'mailto:a@example.com?attach=/etc/passwd',
  'https://example.com/',
  'mailto:jo@example.com?subject=Hi',
  'x'.repeat(70_000),
] as const

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.emailAddress().map((e) => `mailto:${e}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 }))
      .map(([a, b]) => a + b),
  },
)

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, 1e308),
)

/** Anything at all, including the odd values structured clone and JSON can carry. */
export const hostilePayload: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
  },
  { weight: 2, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      JSON.parse('{"__proto__":{"polluted":true}}'),
      JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
      deepNesting(2_000),
      new Array(100_000).fill('x'),
      new Uint8Array(1_000_000),
      throwingGetter(),
    ),
  },
)

/** Values of the schema's shape, filled with hostile content; often valid, sometimes not. */
export function shapedLike(schema: SchemaLike): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'strict_object':
    case 'object':
    case 'loose_object': {
      const entries = schema.entries ?? {}
      const shape: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [key, entry] of Object.entries(entries)) shape[key] = shapedLike(entry)
      return fc.record(shape)
    }
    case 'optional':
    case 'exact_optional':
    case 'nullish':
    case 'undefinedable':
      return fc.option(shapedLike(schema.wrapped!), { nil: undefined })
    case 'nullable':
      return fc.option(shapedLike(schema.wrapped!), { nil: null })
    case 'string':
      return bounded(hostileString, schema)
    case 'number':
      return hostileNumber
    case 'boolean':
      return fc.boolean()
    case 'literal':
      return fc.constant(schema.literal)
    case 'picklist':
    case 'enum':
      return fc.constantFrom(...(schema.options as unknown[]))
    case 'union':
    case 'variant':
      return fc.oneof(...(schema.options as SchemaLike[]).map((o) => shapedLike(o)))
    case 'array':
      return fc.array(shapedLike(schema.item!), { maxLength: 20 })
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 20 }), shapedLike(schema.value!), { maxKeys: 10 })
    default:
      return hostilePayload
  }
}

/** A shaped value with one part broken: a field removed, retyped, or an extra field added. */
export function malformedLike(schema: SchemaLike): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema.entries ?? {})
  const shaped = shapedLike(schema)
  const broken: fc.Arbitrary<unknown>[] = [
    fc
      .tuple(shaped, fc.string({ maxLength: 20 }), hostilePayload)
      .map(([value, key, extra]) =>
        isRecord(value) ? { ...value, [key || 'extra']: extra } : extra,
      ),
  ]
  if (keys.length > 0) {
    broken.push(
      fc.tuple(shaped, fc.constantFrom(...keys)).map(([value, key]) => {
        if (!isRecord(value)) return value
        const copy = { ...value }
        delete copy[key]
        return copy
      }),
      fc
        .tuple(shaped, fc.constantFrom(...keys), hostilePayload)
        .map(([value, key, other]) => (isRecord(value) ? { ...value, [key]: other } : other)),
    )
  }
  return fc.oneof(...broken)
}

/** Keeps generated strings within the schema's length bounds most of the time. */
function bounded(strings: fc.Arbitrary<string>, schema: SchemaLike): fc.Arbitrary<string> {
  const max = schema.pipe?.find((a) => a.type === 'max_length' || a.type === 'length')?.requirement
  if (typeof max !== 'number') return strings
  return fc.oneof(
    { weight: 4, arbitrary: strings.map((s) => s.slice(0, max)) },
    { weight: 1, arbitrary: strings },
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function deepNesting(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** An object whose every property read throws, as a hostile in-process caller could pass. */
function throwingGetter(): unknown {
  return Object.defineProperty({}, 'url', {
    enumerable: true,
    get() {
      throw new Error('getter trap')
    },
  })
}
