/**
 * The vault's manifest: which rows exist and the write counter each carries, authenticated with
 * a MAC under a subkey of the data key. Record envelopes bind their counter (recordEnvelope.ts),
 * so with the manifest a reader tells apart:
 *
 * - a row put back from an older copy (its counter is below the manifest's): `rolled-back-record`
 * - a row deleted outside the app (listed, not on disk): `missing-record`
 * - a row the app never listed, or newer than the list (copied in): `unlisted-record`
 *
 * The manifest itself carries a generation, raised by one on every write and used as the counter
 * of the rows that write stores. Main keeps the highest generation it was told of (outside
 * IndexedDB), so a manifest put back from an older copy is caught as well. Stored as text:
 * the MAC in base64, a newline, then the JSON body the MAC covers.
 */
import * as v from 'valibot'
import { fromBase64, toBase64, utf8 } from './bytes'
import { envelopeCounter, MAX_COUNTER } from './recordEnvelope'
import type { Sodium } from './sodium'

/** Each id's write counter, per table. */
export type CounterMap = Map<string, Map<string, number>>

/** What the manifest says. */
export interface Manifest {
  /** Raised by one on every write; also the counter of the rows that write stored. */
  generation: number
  tables: CounterMap
}

/** What a row's counter, compared with the manifest, says about it. */
export type IntegrityFinding = 'rolled-back-record' | 'missing-record' | 'unlisted-record'

const counterSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNTER))

const bodySchema = v.strictObject({
  format: v.literal('afterview-manifest'),
  version: v.literal(1),
  keyId: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  generation: counterSchema,
  tables: v.record(v.string(), v.record(v.string(), counterSchema)),
})

/** An empty manifest at `generation`. */
export function emptyManifest(generation: number): Manifest {
  return { generation, tables: new Map() }
}

/** The counter the manifest holds for a row, or undefined when the row is not listed. */
export function listedCounter(manifest: Manifest, table: string, id: string): number | undefined {
  return manifest.tables.get(table)?.get(id)
}

/** Lists (or re-lists) a row at `counter`. */
export function listRow(manifest: Manifest, table: string, id: string, counter: number): void {
  let ids = manifest.tables.get(table)
  if (!ids) manifest.tables.set(table, (ids = new Map()))
  ids.set(id, counter)
}

/** Takes a row off the list. */
export function unlistRow(manifest: Manifest, table: string, id: string): void {
  const ids = manifest.tables.get(table)
  ids?.delete(id)
  if (ids?.size === 0) manifest.tables.delete(table)
}

/** What the counter of a row that opened says, or null when it is the one the manifest holds. */
export function checkCounter(
  manifest: Manifest,
  table: string,
  id: string,
  counter: number,
): IntegrityFinding | null {
  const listed = listedCounter(manifest, table, id)
  if (listed === undefined || counter > listed) return 'unlisted-record'
  return counter < listed ? 'rolled-back-record' : null
}

/** The rows the manifest lists that are not among `present` (keys as `table\0id`). */
export function missingRows(
  manifest: Manifest,
  present: ReadonlySet<string>,
): { table: string; id: string }[] {
  const missing: { table: string; id: string }[] = []
  for (const [table, ids] of manifest.tables) {
    for (const id of ids.keys()) if (!present.has(`${table}\0${id}`)) missing.push({ table, id })
  }
  return missing
}

/**
 * A manifest that lists `rows` at the counters their envelopes claim (0 when unreadable), at
 * `generation`. For rows that were checked some other way: a verified backup, or rows the user
 * was told could not be checked.
 */
export function manifestOf(
  rows: Iterable<{ table: string; id: string; ciphertext: Uint8Array }>,
  generation: number,
): Manifest {
  const manifest = emptyManifest(generation)
  for (const row of rows) {
    listRow(manifest, row.table, row.id, envelopeCounter(row.ciphertext) ?? 0)
  }
  return manifest
}

/** Serialises and authenticates the manifest of data key `keyId` under `macKey`. */
export function encodeManifest(
  sodium: Sodium,
  macKey: Uint8Array,
  keyId: number,
  manifest: Manifest,
): string {
  const tables: Record<string, Record<string, number>> = {}
  for (const [table, ids] of manifest.tables) tables[table] = Object.fromEntries(ids)
  const body = JSON.stringify({
    format: 'afterview-manifest',
    version: 1,
    keyId,
    generation: manifest.generation,
    tables,
  })
  return `${toBase64(sodium.crypto_auth(utf8(body), macKey))}\n${body}`
}

/**
 * Reads a stored manifest; null when it is damaged, not a manifest, or was not made with
 * `macKey` for data key `keyId` (a forged or swapped one).
 */
export function decodeManifest(
  sodium: Sodium,
  macKey: Uint8Array,
  keyId: number,
  text: string,
): Manifest | null {
  const cut = text.indexOf('\n')
  if (cut < 0) return null
  const body = text.slice(cut + 1)
  let mac: Uint8Array
  try {
    mac = fromBase64(text.slice(0, cut))
  } catch {
    return null
  }
  if (mac.length !== 32 || !sodium.crypto_auth_verify(mac, utf8(body), macKey)) return null
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch {
    return null
  }
  const parsed = v.safeParse(bodySchema, raw)
  if (!parsed.success || parsed.output.keyId !== keyId) return null
  const tables: CounterMap = new Map()
  for (const [table, ids] of Object.entries(parsed.output.tables)) {
    tables.set(table, new Map(Object.entries(ids)))
  }
  return { generation: parsed.output.generation, tables }
}
