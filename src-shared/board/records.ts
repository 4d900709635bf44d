/**
 * Strict schemas for what the board keeps in the vault beside the opportunities themselves: the
 * state of the pipeline-wide nudge. Records are checked when read; a vault from before has none.
 */
import * as v from 'valibot'
import type { ActionState } from '../domain/opportunity'

const ACTION_ID = /^a[0-9a-f]{16}$/
const instant = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000))
const actionIdSchema = v.pipe(v.string(), v.regex(ACTION_ID))

/** What the user did with a planned action (see `ActionState`). */
export const actionStateSchema = v.strictObject({
  status: v.picklist(['done', 'skipped', 'snoozed']),
  at: instant,
  until: v.optional(instant),
})

/** The record of nudges that belong to no opportunity (the keep-looking nudge). */
export interface PipelineRecord {
  version: 1
  /** By action id; in practice only the current week's keep-looking nudge. */
  actions: Record<string, ActionState>
}

/** Schema of `PipelineRecord`. */
export const pipelineRecordSchema = v.strictObject({
  version: v.literal(1),
  actions: v.record(actionIdSchema, actionStateSchema),
})

/** The pipeline record of a vault that has none yet. */
export function emptyPipeline(): PipelineRecord {
  return { version: 1, actions: {} }
}

/** A stored pipeline record, or null when it does not match the schema. */
export function readPipeline(raw: unknown): PipelineRecord | null {
  const parsed = v.safeParse(pipelineRecordSchema, raw)
  return parsed.success ? (parsed.output as PipelineRecord) : null
}
