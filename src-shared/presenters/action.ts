/**
 * How a planned action reads, wherever it is shown: Today, a card's next step, the detail view,
 * an OS notification, the .ics calendar, a mail link and the exports. One wording, one address
 * and one draft (the user's own text once they have edited it), so no two places disagree about
 * what to do or what would be sent.
 */
import type { Opportunity } from '../domain/opportunity'
import type { Referee } from '../domain/people'
import type { ActionKind, PlannedAction, Recipient } from '../rules/actions'

/** What the presenter needs besides the action: where it belongs and who might receive it. */
export interface ActionContext {
  /** The opportunity the action belongs to; null for the board-wide keep-looking nudge. */
  opportunity: Pick<Opportunity, 'company' | 'rounds' | 'agency' | 'draftEdits'> | null
  /** The user's referees, for the address of a referee warning. */
  referees?: readonly (Pick<Referee, 'id' | 'email'> & Partial<Pick<Referee, 'phone'>>)[]
}

/** Who an action goes to and how to reach them; each channel is '' when none is known. */
export interface ActionAddress {
  name: string
  email: string
  /** The phone number as the user typed it, for copying. */
  phone: string
  /** Their LinkedIn profile as an https link (see {@link linkedInProfileUrl}). */
  linkedIn: string
}

/**
 * A LinkedIn address as typed ("linkedin.com/in/…" or a full https link) made an https link, or
 * null when it is not one: other text stays text, never a link.
 */
export function linkedInProfileUrl(typed: string): string | null {
  const text = typed.trim()
  const url = /^https:\/\//i.test(text)
    ? text
    : /^(www\.)?linkedin\.com\//i.test(text)
      ? `https://${text}`
      : null
  return url && URL.canParse(url) ? url : null
}

/** The message that would be sent: the user's edit when there is one, else the suggestion. */
export interface PresentedDraft {
  /** The recipient's email address, '' when none is known. */
  to: string
  subject: string
  body: string
  /** True when `body` is the user's own text rather than the planner's suggestion. */
  edited: boolean
}

/** A planned action as every screen, reminder and document shows it. */
export interface PresentedAction {
  /** What to do, in a few words: "Ask Priya for news". */
  title: string
  /** The title with the company it concerns, for places without that context: "Acme · Ask…". */
  label: string
  address: ActionAddress
  /** Null when the action is not a message, or was planned without drafts. */
  draft: PresentedDraft | null
}

function who(r: Recipient): string {
  if (r.kind === 'self') return 'you'
  if (r.kind === 'consultant') return r.name || r.agency
  return r.name
}

/** The few words that say what to do, e.g. "Ask Priya for news" or "Thank Acme for the offer". */
export function actionTitle(action: Pick<PlannedAction, 'kind' | 'recipient'>, company: string) {
  const name = who(action.recipient) || company
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
    'decision-deadline': `Give ${company} your answer to the offer`,
    'more-time': `Ask ${company} for more time to decide`,
    resign: 'Hand in your notice',
    'thank-you-anyway': `Thank ${company} anyway`,
    'feedback-request': `Ask ${company} for feedback`,
    reapproach: `Get back in touch with ${company}`,
    'keep-looking': 'Keep applying elsewhere',
  }
  return titles[action.kind]
}

/** The title after the company, as Today lists it ("Acme Ltd · Ask Priya for news"). */
export function actionLabel(title: string, company: string): string {
  return company ? `${company} · ${title}` : title
}

/** How to reach a person: the channels their record has. */
type Contact = { email?: string; phone?: string; linkedIn?: string }

function interviewer(
  o: NonNullable<ActionContext['opportunity']>,
  match: (p: { id: string; name: string }) => boolean,
): Contact | undefined {
  for (const round of o.rounds) {
    const found = round.interviewers.find(match)
    if (found) return found
  }
  return undefined
}

/**
 * Who the action goes to and the channels their record has. An interviewer's and a referee's
 * details come from their records, the consultant's from the agency; the employer's from the interviewer of that name (the planner
 * addresses the employer through the named contact or the lead interviewer).
 */
export function actionAddress(
  action: Pick<PlannedAction, 'recipient'>,
  ctx: ActionContext,
): ActionAddress {
  const r = action.recipient
  const o = ctx.opportunity
  const address = (c: Contact | undefined): ActionAddress => ({
    name: r.kind === 'self' ? '' : who(r),
    email: c?.email ?? '',
    phone: c?.phone?.trim() ?? '',
    linkedIn: linkedInProfileUrl(c?.linkedIn ?? '') ?? '',
  })
  if (r.kind === 'referee') return address(ctx.referees?.find((p) => p.id === r.id))
  if (!o) return address(undefined)
  if (r.kind === 'interviewer') return address(interviewer(o, (p) => p.id === r.id))
  if (r.kind === 'consultant') return address(o.agency ?? undefined)
  if (r.kind === 'employer' && r.name.trim() !== '') {
    const name = r.name.trim()
    return address(interviewer(o, (p) => p.name.trim() === name))
  }
  return address(undefined)
}

/** The draft that would be sent for `action`: the user's edit when there is one. */
export function actionDraft(
  action: Pick<PlannedAction, 'id' | 'draft' | 'recipient'>,
  ctx: ActionContext,
): PresentedDraft | null {
  if (!action.draft) return null
  const edit = ctx.opportunity?.draftEdits?.[action.id]?.body
  return {
    to: actionAddress(action, ctx).email,
    subject: action.draft.subject,
    body: edit ?? action.draft.body,
    edited: edit !== undefined && edit !== action.draft.body,
  }
}

/** A draft as one piece of text, subject first: what Copy puts on the clipboard and the .ics holds. */
export function draftText(draft: Pick<PresentedDraft, 'subject' | 'body'>): string {
  return `${draft.subject}\n\n${draft.body}`
}

/** Everything a screen, a reminder or a document shows of `action`. */
export function presentAction(action: PlannedAction, ctx: ActionContext): PresentedAction {
  const company = ctx.opportunity?.company ?? ''
  const title = actionTitle(action, company)
  return {
    title,
    label: actionLabel(title, company),
    address: actionAddress(action, ctx),
    draft: actionDraft(action, ctx),
  }
}
