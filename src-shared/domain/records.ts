/**
 * The record the board keeps in the vault beside the opportunities themselves: the state of the
 * pipeline-wide nudge. Its type is inferred from its schema, which is how the record is read.
 */
import * as v from 'valibot'
import { actionStateSchema } from './opportunity'
import { actionIdSchema } from './fields'

/** Schema of `PipelineRecord`, the record of table `pipeline`. */
export const pipelineRecordSchema = v.strictObject({
  version: v.literal(1),
  /** By action id; in practice only the current week's keep-looking nudge. */
  actions: v.record(actionIdSchema, actionStateSchema),
})

/** The record of nudges that belong to no opportunity (the keep-looking nudge). */
export type PipelineRecord = v.InferOutput<typeof pipelineRecordSchema>

/** The pipeline record of a vault that has none yet. */
export function emptyPipeline(): PipelineRecord {
  return { version: 1, actions: {} }
}
