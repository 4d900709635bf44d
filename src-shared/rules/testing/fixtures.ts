/** Builders of plain domain records for the rules' tests. */
import type { Offer } from '../../domain/offer'
import type { Interviewer, Opportunity, Round } from '../../domain/opportunity'
import { defaultSettings } from '../../domain/settings'
import type { PlanContext } from '../planEnv'
import { payRate } from '../../domain/money'

/** An instant from an ISO 8601 string. */
export const at = (iso: string): number => Date.parse(iso)

/** An interviewer with what was discussed. */
export function interviewer(id: string, name: string, discussed = ''): Interviewer {
  return { id, name, title: '', email: '', phone: '', linkedIn: '', discussed }
}

/** A one-hour video round at 10:00 on Tuesday 3 March 2026 with two interviewers. */
export function round(over: Partial<Round> = {}): Round {
  return {
    id: 'r1',
    date: '2026-03-03',
    time: '10:00',
    durationMinutes: 60,
    mode: 'video',
    place: '',
    interviewers: [
      interviewer('i1', 'Jane Smith', 'the move of their reporting to the cloud'),
      interviewer('i2', 'Omar Khan', 'how new analysts are mentored'),
    ],
    isFinal: false,
    ...over,
  }
}

/** A direct application awaiting a decision after `round()`. */
export function opportunity(over: Partial<Opportunity> = {}): Opportunity {
  return {
    id: 'opp-1',
    company: 'Northwind',
    role: 'Data Analyst',
    senior: false,
    stage: 'interviewed',
    closed: null,
    advert: null,
    rounds: [round()],
    agency: null,
    promisedDecisionDate: null,
    followUp: null,
    reflection: {
      questionsAsked: '',
      difficultQuestions: [],
      wentWell: '',
      answersToClarify: '',
      pros: '',
      cons: '',
      gutFeeling: null,
    },
    notes: '',
    messages: [],
    history: [],
    actions: {},
    rejection: null,
    draftEdits: {},
    refereeIds: [],
    attachments: [],
    tags: [],
    createdAt: 0,
    updatedAt: 0,
    ...over,
  }
}

/** An offer received on Friday 20 March 2026, not yet in writing. */
export function offer(over: Partial<Offer> = {}): Offer {
  return {
    id: 'offer-1',
    opportunityId: 'opp-1',
    receivedOn: '2026-03-20',
    terms: {
      pay: payRate(4_500_000, 4_500_000, 'GBP', 'year'),
      hoursPerWeek: 37.5,
      holidayDays: 25,
      benefits: [],
      car: null,
      location: '',
      arrangement: null,
    },
    bonusNote: '',
    equity: '',
    answerBy: null,
    counterOffer: null,
    benefitOverrides: [],
    proposedStart: null,
    contractReturnBy: null,
    conditions: [],
    inWriting: false,
    contractSigned: false,
    letter: null,
    negotiation: {
      target: null,
      walkAway: null,
      period: 'year',
      justification: '',
      talkingPoints: [],
      lines: '',
    },
    decision: 'pending',
    ...over,
  }
}

/** Default settings, signed by Sam Taylor. */
export function context(over: Partial<PlanContext> = {}): PlanContext {
  return { settings: { ...defaultSettings }, profile: { name: 'Sam Taylor' }, ...over }
}
