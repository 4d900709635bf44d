/**
 * The rules engine's planned actions, as the screens show them: worded by the one presenter
 * (title, label, address, the draft that would be sent), with the rule's reason in a sentence,
 * the due state, and what marking it done records.
 */
import type { ActionState, Message } from '@shared/domain/opportunity'
import type { ActionKind, PlannedAction, Recipient } from '@shared/rules/actions'
import { explainRule } from '@shared/rules/ruleIds'
import {
  presentAction,
  type ActionAddress,
  type ActionContext,
  type PresentedDraft,
} from '@shared/presenters/action'

/** How urgent an open action is: not yet, in its window, or past its deadline. */
export type DueState = 'upcoming' | 'due' | 'overdue'

/** A planned action ready to show. */
export interface ActionView extends PlannedAction {
  /** What to do, in a few words: "Thank Priya Shah by email". */
  title: string
  /** The title after the company, for places without that context. */
  label: string
  /** Who it goes to. */
  address: ActionAddress
  /** The draft that would be sent (the user's edit, or `draft`'s suggestion); null without one. */
  toSend: PresentedDraft | null
  /** Why: the rule's sentence. */
  explanation: string
  /** Null once done or skipped, or while snoozed. */
  due: DueState | null
  /** What the user recorded about it, if anything. */
  state: ActionState | null
  /** The message a done action logs, so the rules see it was sent. */
  sends: Pick<Message, 'kind' | 'to'> | null
}

/** Message kinds that marking an action done logs. */
const SENDS: Partial<Record<ActionKind, Message['kind']>> = {
  'thank-you': 'thank-you',
  card: 'card',
  linkedin: 'linkedin',
  chaser: 'chaser',
  closing: 'closing',
  'offer-thanks': 'offer-thanks',
  'thank-you-anyway': 'thank-you-anyway',
  'feedback-request': 'feedback-request',
}

function recipientKey(r: Recipient): string {
  if (r.kind === 'interviewer' || r.kind === 'referee') return r.id
  return r.kind === 'consultant' ? 'agency' : 'employer'
}

/** Turns the rules' action into what the screens show; `state` is what the user recorded. */
export function toView(
  a: PlannedAction,
  ctx: ActionContext,
  state: ActionState | null = null,
): ActionView {
  const open = a.status === 'upcoming' || a.status === 'due' || a.status === 'overdue'
  const kind = SENDS[a.kind]
  const shown = presentAction(a, ctx)
  return {
    ...a,
    title: shown.title,
    label: shown.label,
    address: shown.address,
    toSend: shown.draft,
    explanation: explainRule(a.rule),
    due: open ? (a.status as DueState) : null,
    state,
    sends: kind ? { kind, to: recipientKey(a.recipient) } : null,
  }
}

/** The first open action, if any. */
export function nextOpen(actions: ActionView[]): ActionView | null {
  return actions.find((a) => a.due !== null) ?? null
}
