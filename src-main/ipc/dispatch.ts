import * as v from 'valibot'
import { isChannel, requestSchemas, type Channel } from '@shared/ipc/contract'
import { HostError, type Wire } from '@shared/ipc/errors'
import type { HandlerTable } from './handlers'

/** Reports failures that are not the caller's fault, so main can log them without crashing. */
export type InternalErrorSink = (channel: string, error: unknown) => void

/**
 * Runs one call through the table: checks the channel, validates the payload against the
 * contract's schema, runs the handler and turns every outcome into a Wire value. Nothing thrown by
 * a handler escapes: the caller gets a typed error and main keeps running.
 */
export async function dispatch(
  table: HandlerTable,
  channel: unknown,
  payload: unknown,
  onInternalError: InternalErrorSink = () => {},
): Promise<Wire<unknown>> {
  if (!isChannel(channel)) {
    return fail(new HostError('unknown-channel', `No such channel: ${describe(channel)}`))
  }
  let parsed: ReturnType<typeof v.safeParse<(typeof requestSchemas)[Channel]>>
  try {
    parsed = v.safeParse(requestSchemas[channel], payload)
  } catch {
    // Only a payload with throwing getters or traps gets here (no IPC transport carries one today).
    return fail(new HostError('invalid-payload', `Invalid request for ${channel}: unreadable`))
  }
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const where = issue ? v.getDotPath(issue) : null
    const detail = issue ? `${where ? `${where}: ` : ''}${issue.message}` : 'does not match'
    return fail(new HostError('invalid-payload', `Invalid request for ${channel}: ${detail}`))
  }
  try {
    const handler = table[channel] as (request: unknown) => Promise<unknown>
    const value = await handler(parsed.output)
    return { ok: true, value }
  } catch (error) {
    if (error instanceof HostError) return fail(error)
    onInternalError(channel, error)
    return fail(new HostError('internal', `${channel} failed unexpectedly`))
  }
}

function fail(error: HostError): Wire<never> {
  return { ok: false, error: error.toData() }
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}

export type { Channel }
