/**
 * fast-check arbitraries for fuzzing file readers: fully random bytes, and mutations of a valid
 * file (flips, truncations, insertions, deletions, splices), which reach deeper into a parser.
 */
import fc from 'fast-check'

/** Mutations of `valid`: each input is the valid file with one to four random edits. */
export function mutationsOf(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.oneof(
    fc.record({
      op: fc.constant('flip' as const),
      at: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }),
    }),
    fc.record({
      op: fc.constant('delete' as const),
      at: fc.nat(),
      count: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({
      op: fc.constant('set32' as const),
      at: fc.nat(),
      value: fc.constantFrom(0, 1, 0xffffffff, 0x7fffffff, 65553),
    }),
  )
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let bytes: Uint8Array = valid.slice()
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % bytes.length
      if (e.op === 'flip') bytes[at] = (bytes[at] ?? 0) ^ e.mask
      else if (e.op === 'cut') bytes = bytes.slice(0, at)
      else if (e.op === 'insert') bytes = concat(bytes.subarray(0, at), e.bytes, bytes.subarray(at))
      else if (e.op === 'delete')
        bytes = concat(bytes.subarray(0, at), bytes.subarray(at + e.count))
      else if (at + 4 <= bytes.length)
        new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, e.value)
    }
    return bytes
  })
}

/** Fully random inputs, sometimes starting with a given magic so they pass the first check. */
export function randomWithMagic(magic: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    fc.uint8Array({ maxLength: 2048 }).map((tail) => concat(magic, tail)),
  )
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
