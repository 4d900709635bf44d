/**
 * Strict schemas for what the board keeps in the vault beside the opportunities themselves: the
 * state of the pipeline-wide nudge, and the drafts the user edited inside an opportunity. Records
 * are checked when read; a record written before these existed reads as empty.
 */
import * as v from 'valibot'
import type { ActionState, DraftEdit } from '../domain/opportunity'

/** Longest edited draft kept, in characters: far beyond any letter, well short of a book. */
export const MAX_DRAFT_CHARS = 20_000

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

/** Schema of one edited draft. */
export const draftEditSchema = v.strictObject({
  body: v.pipe(v.string(), v.maxLength(MAX_DRAFT_CHARS)),
  at: instant,
})

/** Schema of `Opportunity.draftEdits`. */
export const draftEditsSchema = v.record(actionIdSchema, draftEditSchema)

/**
 * The edited drafts of a stored opportunity: `{}` when it has none (records from before), and the
 * entries that match the schema when some do not, so one damaged draft costs only itself.
 */
export function readDraftEdits(raw: unknown): Record<string, DraftEdit> {
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {}
  const out: Record<string, DraftEdit> = {}
  for (const [id, value] of Object.entries(raw)) {
    if (!v.is(actionIdSchema, id)) continue
    const parsed = v.safeParse(draftEditSchema, value)
    if (parsed.success) out[id] = parsed.output
  }
  return out
}
