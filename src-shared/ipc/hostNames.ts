/**
 * What a host name really says, for the external-link check (urls.ts): each label decoded from
 * punycode (RFC 3492) and the scripts its letters come from. src-shared takes no node: builtins,
 * so the decoder is here; its test checks it against Node's own `domainToUnicode`.
 */

const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128
const MAX_CODE_POINT = 0x10ffff

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / points)
  let k = 0
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW))
}

/** 0-35 for a punycode digit (a-z, A-Z, 0-9), BASE for anything else. */
function digitValue(char: string): number {
  const c = char.charCodeAt(0)
  if (c >= 0x30 && c <= 0x39) return c - 22
  if (c >= 0x41 && c <= 0x5a) return c - 0x41
  if (c >= 0x61 && c <= 0x7a) return c - 0x61
  return BASE
}

/**
 * One label in Unicode: `xn--` labels decoded, others as they are. Null for a malformed `xn--`
 * label, which the caller refuses rather than guessing what a browser would show.
 */
export function decodeLabel(label: string): string | null {
  if (!label.toLowerCase().startsWith('xn--')) return label
  const input = label.slice(4)
  const delimiter = input.lastIndexOf('-')
  const output: number[] = []
  for (const char of delimiter > 0 ? input.slice(0, delimiter) : '') {
    const code = char.charCodeAt(0)
    if (code >= 0x80) return null
    output.push(code)
  }
  let n = INITIAL_N
  let i = 0
  let bias = INITIAL_BIAS
  let at = delimiter > 0 ? delimiter + 1 : 0
  while (at < input.length) {
    const before = i
    let weight = 1
    for (let k = BASE; ; k += BASE) {
      if (at >= input.length) return null
      const digit = digitValue(input[at++]!)
      if (digit >= BASE) return null
      i += digit * weight
      if (i > MAX_CODE_POINT * (output.length + 1)) return null
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
      if (digit < t) break
      weight *= BASE - t
    }
    bias = adapt(i - before, output.length + 1, before === 0)
    n += Math.floor(i / (output.length + 1))
    i %= output.length + 1
    if (n > MAX_CODE_POINT) return null
    output.splice(i, 0, n)
    i++
  }
  // An `xn--` label that decodes to plain ASCII (or to nothing) is not one a registry issues.
  if (output.every((code) => code < 0x80)) return null
  return String.fromCodePoint(...output)
}

/** The scripts a label's letters are told apart by; a letter of any other script is 'Other'. */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
]

/**
 * Mixes that real names use: Japanese (Han with kana), Korean (Han with Hangul), Chinese with
 * Bopomofo, each alongside Latin, as browsers' IDN display policies also allow.
 */
const ALLOWED_MIXES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Hangul']),
  new Set(['Latin', 'Han', 'Bopomofo']),
]

/** The scripts of the letters of `text` (digits, hyphens and combining marks belong to none). */
export function scriptsOf(text: string): Set<string> {
  const found = new Set<string>()
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue
    found.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other')
  }
  return found
}

/**
 * True when a label mixes scripts the way look-alikes do (`аpple` with a Cyrillic а): more than
 * one script, and not one of the mixes real names use.
 */
export function mixesScripts(label: string): boolean {
  const scripts = scriptsOf(label)
  if (scripts.size <= 1) return false
  if (scripts.has('Other')) return true
  return !ALLOWED_MIXES.some((mix) => [...scripts].every((script) => mix.has(script)))
}
