/** Calling main's real handler table as the bridge does, and reading its answers, in tests. */
import type { Wire } from '@shared/ipc/errors'
import { dispatch } from '../../src-main/ipc/dispatch'
import type { HandlerTable } from '../../src-main/ipc/handlers'

/** One call through the table: the channel's answer as it crosses the wire. */
export type Call = (channel: string, payload?: unknown) => Promise<Wire<unknown>>

/** Calls into `table` (an empty payload unless given). */
export const caller =
  (table: HandlerTable): Call =>
  (channel, payload = {}) =>
    dispatch(table, channel, payload)

/** The value of a successful call. */
export function valueOf(wire: Wire<unknown>): unknown {
  if (!wire.ok) throw new Error(`expected success, got ${wire.error.kind}: ${wire.error.message}`)
  return wire.value
}

/** The error kind of a failed call. */
export function kindOf(wire: Wire<unknown>): string {
  if (wire.ok) throw new Error('expected a refusal')
  return wire.error.kind
}
