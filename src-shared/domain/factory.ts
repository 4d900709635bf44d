/**
 * Building blank records. The renderer passes ids and "now" in, so these stay pure and testable.
 */
import type { Opportunity, Reflection, Interviewer } from './opportunity'
import type { Referee } from './people'
import type { Instant, IsoDate } from './time'

/** Makes a fresh random id; injected so tests can predict ids. */
export type NewId = () => string

/** A reflection with nothing written yet. */
export function emptyReflection(): Reflection {
  return {
    questionsAsked: '',
    difficultQuestions: [],
    wentWell: '',
    answersToClarify: '',
    pros: '',
    cons: '',
    gutFeeling: null,
  }
}

/** A new opportunity in the Interviewed column, created at `now`. */
export function newOpportunity(newId: NewId, now: Instant): Opportunity {
  return {
    id: newId(),
    company: '',
    role: '',
    senior: false,
    stage: 'interviewed',
    closed: null,
    advert: null,
    rounds: [],
    agency: null,
    promisedDecisionDate: null,
    followUp: null,
    reflection: emptyReflection(),
    notes: '',
    messages: [],
    history: [{ from: null, to: 'interviewed', at: now }],
    actions: {},
    rejection: null,
    draftEdits: {},
    refereeIds: [],
    attachments: [],
    tags: [],
    createdAt: now,
    updatedAt: now,
  }
}

/** A referee with only an id. */
export function newReferee(newId: NewId): Referee {
  return { id: newId(), name: '', relation: '', email: '', phone: '', lastWarned: null }
}

/** The latest round's date, or null for an opportunity without rounds. */
export function lastInterviewDate(opportunity: Opportunity): IsoDate | null {
  let latest: IsoDate | null = null
  for (const round of opportunity.rounds) if (!latest || round.date > latest) latest = round.date
  return latest
}

/** Everyone who interviewed the user for this opportunity, across rounds, once each. */
export function allInterviewers(opportunity: Opportunity): Interviewer[] {
  const seen = new Set<string>()
  const out: Interviewer[] = []
  for (const round of opportunity.rounds)
    for (const person of round.interviewers)
      if (!seen.has(person.id)) {
        seen.add(person.id)
        out.push(person)
      }
  return out
}
