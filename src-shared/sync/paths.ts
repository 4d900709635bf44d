/**
 * A record as a flat set of (path, leaf) pairs, the shape it takes in the CRDT. Every plain
 * object becomes its own entries, so two devices editing different keys anywhere in a record
 * (two actions marked on one application, the advert's pay and its hours) both keep their
 * edit; lists, strings, numbers, booleans and null are leaves, kept or replaced whole.
 *
 * A path is written as the JSON text of its keys (`["advert","terms","pay"]`), which needs no
 * escaping whatever a key holds. Each object also has an entry of its own holding `{}`, so an
 * empty object survives and replacing an object by a leaf is one write to its path. A leaf at
 * a path hides everything below it: after a merge in which one device set `advert` to null and
 * another edited `advert.text`, the record reads `advert: null` on every device.
 */

/** A JSON value as a record holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The key of the entry at `path`. */
export function pathKey(path: readonly string[]): string {
  return JSON.stringify(path)
}

function isPlainObject(value: unknown): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The marker an object's own entry holds. */
function isObjectMarker(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length === 0
}

/**
 * The flat entries of `value` (a record: a plain object), by path key. The record's own root
 * entry is `[]`.
 */
export function flatten(value: { [key: string]: Json }): Map<string, Json> {
  const out = new Map<string, Json>()
  const walk = (node: Json, path: string[]) => {
    if (isPlainObject(node)) {
      out.set(pathKey(path), {})
      for (const [key, child] of Object.entries(node)) {
        if (child !== undefined) walk(child, [...path, key])
      }
    } else {
      out.set(pathKey(path), node)
    }
  }
  walk(value, [])
  return out
}

/**
 * The record that flat `entries` describe, or undefined when they hold no root object.
 * Entries whose key is not a path (metadata) are ignored; an entry below a leaf is hidden.
 */
export function unflatten(
  entries: Iterable<[string, unknown]>,
): { [key: string]: Json } | undefined {
  const paths: [readonly string[], unknown][] = []
  for (const [key, value] of entries) {
    if (!key.startsWith('[')) continue
    paths.push([parsedKey(key), value])
  }
  // Parents before children, so each entry finds the object it belongs in.
  paths.sort((a, b) => a[0].length - b[0].length)
  let root: { [key: string]: Json } | undefined
  for (const [path, value] of paths) {
    if (path.length === 0) {
      if (isObjectMarker(value)) root = {}
      continue
    }
    if (!root) break
    let parent: Json | undefined = root
    for (const key of path.slice(0, -1)) {
      parent = isPlainObject(parent) && Object.hasOwn(parent, key) ? parent[key] : undefined
    }
    if (!isPlainObject(parent)) continue
    parent[path[path.length - 1]!] = isObjectMarker(value) ? {} : copyOf(value as Json)
  }
  return root
}

/**
 * A leaf as the caller may change it without changing the document: lists and objects copied
 * (by hand: `structuredClone` costs several times more on the small lists records hold),
 * strings, numbers, booleans and null as they are.
 */
function copyOf(leaf: Json): Json {
  if (leaf === null || typeof leaf !== 'object') return leaf
  if (Array.isArray(leaf)) return leaf.map(copyOf)
  const out: { [key: string]: Json } = {}
  for (const key of Object.keys(leaf)) {
    const value = copyOf(leaf[key]!)
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    else out[key] = value
  }
  return out
}

/**
 * Parsed path keys, shared by every record: records of one table have the same few dozen paths,
 * so reading thousands of records parses each key once, not once per record. Cleared when it
 * grows past `PARSED_KEYS_LIMIT` (keys made of ids, in a record that keys objects by id).
 */
const parsedKeys = new Map<string, readonly string[]>()
const PARSED_KEYS_LIMIT = 20_000

function parsedKey(key: string): readonly string[] {
  let path = parsedKeys.get(key)
  if (!path) {
    if (parsedKeys.size >= PARSED_KEYS_LIMIT) parsedKeys.clear()
    path = JSON.parse(key) as string[]
    parsedKeys.set(key, path)
  }
  return path
}
