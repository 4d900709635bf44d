/**
 * Straight after an interview: a separate thank-you to each interviewer (same day for a morning
 * interview, by the next business morning otherwise), a card after meeting in person, a LinkedIn
 * request one to two days after the thank-you, and a debrief for the agency's consultant.
 */
import type { PlannedAction } from './actions'
import { doneAt, sentMessage } from './actions'
import { addDays, daysBetween, maxDate } from './dates'
import { formatDate, relativeDay, type DateReading } from '../domain/dateText'
import type { IsoDate } from '../domain/time'
import type { Interviewer } from '../domain/opportunity'
import { draftReading } from './drafts/format'
import { findNearDuplicates } from './drafts/similarity'
import { agencyDebriefDraft } from './drafts/followUp'
import {
  clarificationParagraph,
  linkedInNoteDraft,
  thankYouCardDraft,
  thankYouDraft,
} from './drafts/thankYou'
import type { PlanEnv, RoundInfo } from './planEnv'
import { DAY_END, DAY_START, consultantOf } from './planEnv'
import type { RuleId } from './ruleIds'
import { zonedDateTime } from '../domain/zoned'

/**
 * What tells an interviewer apart across rounds: their email, LinkedIn address and name, each
 * as typed loosely (case, spaces, a trailing slash); one in common is the same person.
 */
function personKeys(p: Interviewer): string[] {
  const norm = (x: string) => x.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')
  const keys = [
    ['email', norm(p.email)],
    ['linkedin', norm(p.linkedIn).replace(/\/+$/, '')],
    ['name', norm(p.name)],
  ]
  return keys.filter(([, v]) => v).map(([k, v]) => `${k}:${v}`)
}

/** How a meeting on `date` reads in a message sent on `sendOn`: today, yesterday, on Friday. */
function meetingWords(date: IsoDate, sendOn: IsoDate, reading: DateReading): string {
  const relative = relativeDay(date, sendOn)
  if (relative === 'today' || relative === 'yesterday') return relative
  // Within the week the weekday is clear; further back it would name the wrong week.
  const style = daysBetween(date, sendOn) < 7 ? 'weekday' : 'day-month'
  return `on ${formatDate(date, style, reading)}`
}

/** Thank-you emails and cards for one round, with near-identical drafts flagged. */
export function thankYouActions(env: PlanEnv, info: RoundInfo): PlannedAction[] {
  const { round } = info
  const s = env.settings
  const morning = round.time < s.thankYouCutoff
  const rule: RuleId = morning ? 'thank-you.same-day' : 'thank-you.next-morning'
  const next = env.cal.addBusinessDays(round.date, 1)
  const latest = morning ? env.endOfDay(round.date) : env.at(next, s.nextDayThankYouBy)
  // The words are read on the day the draft goes: today once the interview is over, never
  // before it. A 14:00 interview typed in at 17:00 is "today"; one two weeks old is "on 3 March".
  const sendOn = maxDate(env.base.readOn ?? round.date, round.date)
  const when = meetingWords(round.date, sendOn, draftReading(env.base))
  const clarification = env.opp.reflection.answersToClarify.trim()
  const out: PlannedAction[] = []
  const emails: { id: string; text: string; personal: string }[] = []
  round.interviewers.forEach((person, i) => {
    const key = `${round.id}/${person.id}`
    const recipient = { kind: 'interviewer' as const, id: person.id, name: person.name }
    const action = env.action({
      kind: 'thank-you',
      rule,
      key,
      earliest: info.end,
      latest,
      recipient,
      channel: 'email',
      draft: () =>
        thankYouDraft({ ...env.base, interviewer: person, when, clarification, variant: i }),
      alsoRules: clarification ? ['thank-you.clarify'] : [],
      sent: sentMessage(env.opp.messages, 'thank-you', person.id, info.start),
    })
    out.push(action)
    // Without drafts (a list) there is nothing to compare. The shared clarification is left out
    // of the comparison: only the personal part counts.
    const body = action.draft?.body
    if (body !== undefined) {
      const text = clarification ? body.replace(clarificationParagraph(clarification), '') : body
      emails.push({ id: action.id, text, personal: person.discussed })
    }
    if (round.mode === 'in-person') {
      out.push(
        env.action({
          kind: 'card',
          rule: 'thank-you.card',
          key,
          earliest: info.end,
          latest: env.endOfDay(env.cal.addBusinessDays(round.date, 2)),
          recipient,
          channel: 'card',
          draft: () => thankYouCardDraft({ ...env.base, interviewer: person, variant: i }),
          sent: sentMessage(env.opp.messages, 'card', person.id, info.start),
        }),
      )
    }
  })
  for (const pair of findNearDuplicates(emails)) {
    for (const [me, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const a = out.find((x) => x.id === me)!
      if (a.draft && !a.draft.flags.includes('near-duplicate')) a.draft.flags.push('near-duplicate')
      ;(a.similarTo ??= []).push({ actionId: other, score: pair.score })
    }
  }
  return out
}

/**
 * A LinkedIn request to each interviewer, `linkedInDelay` calendar days (default 1-2) after the
 * thank-you was sent, or after it was due when it was not logged. With `linkedInAfterDecision`,
 * the request waits for the decision instead (`decidedAt`; none is planned before).
 */
export function linkedInActions(
  env: PlanEnv,
  thankYous: PlannedAction[],
  decidedAt: number | null,
): PlannedAction[] {
  const s = env.settings
  const out: PlannedAction[] = []
  const seen = new Set<string>()
  let people = 0
  // One request per person, after the first round they were in: each round's form gives its
  // interviewers ids of their own, so a person met twice is known by address or name. Someone
  // with no name and no address stays apart.
  for (const info of env.rounds) {
    for (const person of info.round.interviewers) {
      const keys = personKeys(person)
      if (keys.length > 0 && keys.some((k) => seen.has(k))) continue
      for (const k of keys) seen.add(k)
      // Each person gets the next wording: colleagues on a panel compare notes.
      const variant = people++
      const thanks = thankYous.find(
        (a) =>
          a.kind === 'thank-you' &&
          a.recipient.kind === 'interviewer' &&
          a.recipient.id === person.id,
      )
      let base: number
      let rule: RuleId = 'linkedin.after-thank-you'
      if (s.linkedInAfterDecision) {
        if (decidedAt == null) continue
        base = Math.max(decidedAt, info.end)
        rule = 'linkedin.after-decision'
      } else {
        const sent = sentMessage(env.opp.messages, 'thank-you', person.id, info.start)
        base = (thanks && doneAt(env.opp.actions[thanks.id], sent)) ?? thanks?.latest ?? info.end
      }
      // From a known send time, whole days later at the same time; from a due date, working hours.
      const local = zonedDateTime(base, env.tz)
      const exact = base !== thanks?.latest
      out.push(
        env.action({
          kind: 'linkedin',
          rule,
          key: person.id,
          earliest: env.at(
            addDays(local.date, s.linkedInDelay.min),
            exact ? local.time : DAY_START,
          ),
          latest: env.at(addDays(local.date, s.linkedInDelay.max), exact ? local.time : DAY_END),
          recipient: { kind: 'interviewer', id: person.id, name: person.name },
          channel: 'linkedin',
          draft: () =>
            linkedInNoteDraft({
              ...env.base,
              interviewer: person,
              limit: s.linkedInLimit,
              variant,
            }),
          sent: sentMessage(env.opp.messages, 'linkedin', person.id, info.start),
        }),
      )
    }
  }
  return out
}

/** Through an agency: tell the consultant how the interview went, by the next business day. */
export function debriefAction(env: PlanEnv, info: RoundInfo): PlannedAction | null {
  const consultant = consultantOf(env)
  if (!consultant) return null
  const r = env.opp.reflection
  return env.action({
    kind: 'debrief',
    rule: 'agency.debrief',
    key: `${info.round.id}/agency`,
    earliest: info.end,
    latest: env.at(env.cal.addBusinessDays(info.round.date, 1), DAY_END),
    recipient: consultant,
    channel: env.opp.agency?.phone ? 'phone' : 'email',
    draft: () =>
      agencyDebriefDraft({
        ...env.base,
        consultant: consultant.name,
        wentWell: r.wentWell,
        clarification: r.answersToClarify,
      }),
  })
}
