/**
 * The shape every concern's part of the IPC contract takes. Each concern (about, export,
 * attachments, vault, shell, reminders) declares, in its own file beside this one, the request
 * schemas of its channels `satisfies RequestSchemas<ItsResponses>`, so a channel without a
 * response type, or a response type without a channel, is a compile error. contract.ts then
 * spreads the parts into the one table main's handlers and the preload's allow-list are built from.
 */
import type * as v from 'valibot'

/** A runtime schema for the request of each channel named in the responses `R`, and no other. */
export type RequestSchemas<R> = { readonly [C in keyof R]: v.GenericSchema }
