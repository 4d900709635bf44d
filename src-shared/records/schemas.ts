/**
 * Every table the renderer keeps in the vault, with the schema its records are read through.
 * A record that decrypts but does not match its table's schema is not guessed at: the reader
 * answers why, and the vault reports and keeps the row like one that does not decrypt.
 *
 * Records written by older versions open because each schema accepts the fields those versions
 * did not write yet, with a default that the schema documents (a migration), never a repair of a
 * value that is present and wrong.
 */
import * as v from 'valibot'
import { compileCheck, type CompiledCheck } from './compiledCheck'
import { pipelineRecordSchema } from '../domain/records'
import { offerEntrySchema } from '../domain/offer'
import { opportunitySchema } from '../domain/opportunity'
import { profileSchema, refereeSchema } from '../domain/people'
import { settingsSchema } from '../domain/settings'
import { planRecordSchema } from '../startPlan/record'
import { MAX_AUTO_LOCK_MINUTES } from '../domain/autoLock'

export { MAX_AUTO_LOCK_MINUTES }

/**
 * Schema of the vault's own settings (table `vault-settings`): kept apart from the board's so the
 * lock screen can read them before any feature loads. A record without the field uses the default.
 */
export const vaultSettingsSchema = v.strictObject({
  autoLockMinutes: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_AUTO_LOCK_MINUTES)),
  ),
})

/**
 * Schema of the reminder ids (table `reminder-ids`): opaque id by action key (see
 * src-renderer/reminders/reminderIds.ts, which also skips an entry whose key or id it cannot use).
 */
export const reminderIdsSchema = v.record(v.string(), v.string())

/** The schema of each table, by table name. */
export const RECORD_SCHEMAS = {
  opportunities: opportunitySchema,
  referees: refereeSchema,
  settings: settingsSchema,
  pipeline: pipelineRecordSchema,
  'reminder-ids': reminderIdsSchema,
  offers: offerEntrySchema,
  profile: profileSchema,
  plans: planRecordSchema,
  'vault-settings': vaultSettingsSchema,
} as const

/** The name of a table the renderer keeps records in. */
export type RecordTable = keyof typeof RECORD_SCHEMAS

/** The value of a record of `T`, as its schema reads it. */
export type RecordOf<T extends RecordTable> = v.InferOutput<(typeof RECORD_SCHEMAS)[T]>

/** A record read through its schema, or what is wrong with it. */
export type RecordRead<T> = { ok: true; value: T } | { ok: false; problem: string }

/** True when `name` is one of the tables in `RECORD_SCHEMAS`. */
export function isRecordTable(name: string): name is RecordTable {
  return Object.hasOwn(RECORD_SCHEMAS, name)
}

/**
 * Reads `value`, a record of `table` as decrypted and parsed from JSON, through the table's
 * schema: the record with the defaults of fields older versions did not write, or the problem.
 * The problem names where and what was expected, never the value found: it may reach a log.
 *
 * The value answered is `value` itself when it already is what the schema outputs (the common
 * case, checked by a compiled check), else valibot's copy: callers pass a value they own, fresh
 * from `JSON.parse`, and must not keep changing it afterwards.
 */
export function readRecord<T extends RecordTable>(
  table: T,
  value: unknown,
): RecordRead<RecordOf<T>> {
  if (COMPILED[table]?.(value)) return { ok: true, value: value as RecordOf<T> }
  const schema: v.GenericSchema<unknown, RecordOf<T>> = RECORD_SCHEMAS[table]
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  return { ok: false, problem: describe(table, result.issues[0]) }
}

// Built once: a vault load checks every record with these, and valibot tells why one is wrong.
const COMPILED = Object.fromEntries(
  Object.entries(RECORD_SCHEMAS).map(([table, schema]) => [table, compileCheck(schema)]),
) as Record<RecordTable, CompiledCheck | null>

/** The tables whose schema the fast reader could not compile (valibot reads them); none today. */
export function tablesReadSlowly(): RecordTable[] {
  return (Object.keys(COMPILED) as RecordTable[]).filter((table) => COMPILED[table] === null)
}

function describe(table: string, issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.')
  const expected = issue.expected ? `expected ${issue.expected}` : issue.message
  return path ? `${table}: ${path}: ${expected}` : `${table}: ${expected}`
}
