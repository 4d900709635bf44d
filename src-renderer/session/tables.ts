/**
 * The vault's record tables and how each row is checked: by its table's valibot schema
 * (src-shared/records/schemas.ts), the same one the record store reads with, on every read and
 * before every write. A row that fails is reported and kept, never replaced by a default.
 */
import { readRecord, type RecordOf, type RecordTable } from '@shared/records/schemas'
import type { RowValidator } from './repository'
import { TABLES } from './tableNames'

export { SINGLE_ROW, TABLES } from './tableNames'

/** The validator of one table: its schema, answering only whether (and as what) a value passes. */
function schemaOf<K extends RecordTable>(table: K): RowValidator<RecordOf<K>> {
  return (value) => {
    const read = readRecord(table, value)
    return read.ok ? { ok: true, value: read.value } : { ok: false }
  }
}

/** The validator of every table. */
export const VALIDATORS = {
  opportunities: schemaOf(TABLES.opportunities),
  referees: schemaOf(TABLES.referees),
  settings: schemaOf(TABLES.settings),
  pipeline: schemaOf(TABLES.pipeline),
  reminderIds: schemaOf(TABLES.reminderIds),
  offers: schemaOf(TABLES.offers),
  profile: schemaOf(TABLES.profile),
  plans: schemaOf(TABLES.plans),
} satisfies { [K in keyof typeof TABLES]: RowValidator<unknown> }
