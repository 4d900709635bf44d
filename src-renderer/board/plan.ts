/**
 * The rules engine's planned actions, as the screens show them: with a title, the rule's reason
 * in a sentence, the due state, the recipient's address, and what marking it done records.
 */
import type { ActionState, Message, Opportunity } from '@shared/domain/opportunity'
import type { ActionKind, PlannedAction, Recipient } from '@shared/rules/actions'
import { explainRule } from '@shared/rules/ruleIds'
import { allInterviewers } from '@shared/board/factory'

/** How urgent an open action is: not yet, in its window, or past its deadline. */
export type DueState = 'upcoming' | 'due' | 'overdue'

/** A planned action ready to show. */
export interface ActionView extends PlannedAction {
  /** What to do, in a few words: "Thank Priya Shah by email". */
  title: string
  /** Why: the rule's sentence. */
  explanation: string
  /** Null once done or skipped, or while snoozed. */
  due: DueState | null
  /** What the user recorded about it, if anything. */
  state: ActionState | null
  /** The recipient's email address, when the record has one. */
  email: string
  /** The message a done action logs, so the rules see it was sent. */
  sends: Pick<Message, 'kind' | 'to'> | null
}

function who(r: Recipient): string {
  if (r.kind === 'self') return 'you'
  if (r.kind === 'consultant') return r.name || r.agency
  return r.name
}

/** The few words that say what to do. */
export function actionTitle(kind: ActionKind, r: Recipient, company: string): string {
  const name = who(r) || company
  const titles: Record<ActionKind, string> = {
    'thank-you': `Thank ${name} by email`,
    card: `Send ${name} a thank-you card`,
    linkedin: `Connect with ${name} on LinkedIn`,
    debrief: `Tell ${name} how the interview went`,
    chaser: `Ask ${name} for news`,
    closing: `Send ${name} a courteous last message`,
    'move-on': `Let ${company} go and focus elsewhere`,
    'referee-warning': `Warn ${name} a call may come`,
    'offer-thanks': `Thank ${company} for the offer`,
    'offer-in-writing': `Ask ${company} for the offer in writing`,
    'contract-reminder': `Return the signed contract to ${company}`,
    resign: 'Hand in your notice',
    'thank-you-anyway': `Thank ${company} anyway`,
    'feedback-request': `Ask ${company} for feedback`,
    reapproach: `Get back in touch with ${company}`,
    'keep-looking': 'Keep applying elsewhere',
  }
  return titles[kind]
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

function emailOf(
  o: Opportunity | null,
  r: Recipient,
  refereeEmail: (id: string) => string,
): string {
  if (r.kind === 'interviewer' && o)
    return allInterviewers(o).find((p) => p.id === r.id)?.email ?? ''
  if (r.kind === 'consultant') return o?.agency?.email ?? ''
  if (r.kind === 'referee') return refereeEmail(r.id)
  return ''
}

/** Turns the rules' action into what the screens show. */
export function toView(
  a: PlannedAction,
  o: Opportunity | null,
  refereeEmail: (id: string) => string = () => '',
): ActionView {
  const open = a.status === 'upcoming' || a.status === 'due' || a.status === 'overdue'
  const kind = SENDS[a.kind]
  return {
    ...a,
    title: actionTitle(a.kind, a.recipient, o?.company ?? ''),
    explanation: explainRule(a.rule),
    due: open ? (a.status as DueState) : null,
    state: o?.actions[a.id] ?? null,
    email: emailOf(o, a.recipient, refereeEmail),
    sends: kind ? { kind, to: recipientKey(a.recipient) } : null,
  }
}

/** The first open action, if any. */
export function nextOpen(actions: ActionView[]): ActionView | null {
  return actions.find((a) => a.due !== null) ?? null
}
