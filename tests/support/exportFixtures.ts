/**
 * Every Word export built from rich, real-looking data through the same functions the app calls
 * (drafts → cardFor → buildThankYouCard; runCheck → notesExport; makePlan → planExport;
 * searchRecordFrom → buildSearchRecord): an
 * accented name, a long role, three interviewers, a salary in euro, a plan with a clash.
 * `npm run render:exports` renders these into docs/exports, and its test reads them as a reader.
 */
import type { Document } from 'docx'
import type { Interviewer } from '@shared/domain'
import type { LocaleTag } from '@shared/domain/locale'
import { money } from '@shared/domain/money'
import {
  buildNegotiationNotes,
  buildSearchRecord,
  buildStartPlan,
  buildThankYouCard,
  cardFor,
  searchRecordFrom,
} from '@shared/export'
import { searchRecordSources } from './searchRecordFixture'
import { runCheck, notesExport } from '@shared/offers/check'
import { emptyNotes, entryFromDraft, newDraft } from '@shared/offers/draft'
import { thankYouCardDraft } from '@shared/rules/drafts/thankYou'
import { makePlan, planExport } from '@shared/startPlan/plan'

const LOCALE = 'en-IE' as LocaleTag
const OWNER = 'Zoë Ó Briain'
const COMPANY = 'Dúlra Analytics Teoranta'
const ROLE = 'Senior Data Analyst, Forecasting and Network Planning (Logistics)'
const REGION = 'IE'

const person = (id: string, name: string, title: string, discussed: string): Interviewer => ({
  id,
  name,
  title,
  email: '',
  phone: '',
  linkedIn: '',
  discussed,
})

/** The three people of the final, in-person round, with what was discussed as the user typed it. */
export const PANEL: Interviewer[] = [
  person(
    'i1',
    'Siobhán Ní Dhuibhir',
    'Head of Analytics',
    'the Kubernetes migration and the Python tooling behind it',
  ),
  person('i2', 'Tomás Ó Súilleabháin', 'Operations Director', 'Galway’s night-shift rota'),
  person('i3', 'Priya Raghunathan', 'Engineering Manager', 'DuckDB for the depot forecasts'),
]

/** Words the user typed that a document must print in the same case. */
export const TYPED_PROPER_NOUNS = [
  'Kubernetes',
  'Python',
  'Galway',
  'DuckDB',
  'Zoë',
  'Ó Briain',
  'Dúlra',
  'Siobhán',
]

function offerEntry() {
  const d = newDraft('2027-02-22')
  d.company = COMPANY
  d.role = ROLE
  d.advert = {
    ...d.advert,
    payMin: '65,000',
    payMax: '75,000',
    currency: 'EUR',
    hours: '37.5',
    holiday: '28',
    benefits: 'Health insurance (VHI)\nPension, 5% matched\nBike to work scheme',
    location: 'Galway',
    arrangement: 'hybrid',
  }
  d.offer = {
    ...d.offer,
    payMin: '62,000',
    currency: 'EUR',
    hours: '37.5',
    holiday: '25',
    benefits: 'Health insurance (VHI) for you and your family\npension 5% matched',
    location: 'Galway',
    arrangement: 'hybrid',
  }
  d.inWriting = true
  d.contractSigned = true
  d.proposedStart = '2027-03-15'
  d.contractReturnBy = '2027-03-01'
  const negotiation = {
    ...emptyNotes(),
    target: money(7_000_000, 'EUR'),
    walkAway: money(6_600_000, 'EUR'),
    justification:
      'Six years of demand forecasting in logistics, including the route model that cut empty miles by 9% at Brennan Freight.\n\nThe advert put the band at €65,000 to €75,000; the middle of it matches that experience.',
    talkingPoints: [
      'The advert said €65,000 to €75,000 a year; the offer is €62,000, below the band.',
      'Ask for €70,000, the middle of the advertised band.',
      'The advert promised 28 days of holiday; the offer has 25.',
      'The bike to work scheme from the advert is not in the offer.',
    ],
    lines:
      'Thank you again for the offer: I am delighted Dúlra wants me on the team.\n\nBefore I accept, the salary is below the band in the advert. Given my forecasting experience, I was expecting €70,000. Is there room to meet that?',
  }
  return entryFromDraft(
    d,
    { id: 'o1', opportunityId: 'p1', negotiation, letter: null, decision: 'accepted' },
    LOCALE,
  )
}

/** The exports by file name, as the app would save them. */
export function fixtureExports(): Record<string, Document> {
  const opportunity = { company: COMPANY, role: ROLE }
  const cards = Object.fromEntries(
    PANEL.map((p, i) => {
      const body = thankYouCardDraft({
        sender: OWNER,
        ...opportunity,
        interviewer: p,
        variant: i,
      }).body
      const input = cardFor(opportunity, p, body, {
        ownerName: OWNER,
        writtenOn: '2027-01-20',
        paper: 'a4',
      })
      return [`thank-you-card-${i + 1}`, buildThankYouCard(input)]
    }),
  )
  const entry = offerEntry()
  const notes = notesExport(
    entry,
    runCheck(entry, { region: REGION }, LOCALE),
    OWNER,
    '2027-02-23',
    LOCALE,
  )
  const job = {
    employer: 'Brennan Freight',
    noticeLength: 1,
    noticeUnit: 'months' as const,
    serviceStart: '2021-05-04',
    untakenHolidayDays: 3,
    holidayHandling: 'take-during-notice' as const,
    gardenLeavePossible: false,
  }
  const choices = {
    breakDays: 0,
    preferMondayStart: false,
    noticeGivenOn: '2027-02-26',
    gardenLeave: false,
    contactName: 'Siobhán Ní Dhuibhir',
  }
  const planned = makePlan(
    entry,
    job,
    choices,
    { region: REGION, timeZone: 'Europe/Dublin' },
    OWNER,
    Date.parse('2027-02-23T09:00:00Z'),
  )
  if (!planned.ok) throw new Error(planned.message)
  return {
    ...cards,
    'negotiation-notes': buildNegotiationNotes(notes),
    'start-plan': buildStartPlan(planExport(entry, planned.plan, OWNER, REGION)),
    'search-record': buildSearchRecord(
      searchRecordFrom(searchRecordSources(), {
        from: '2027-01-01',
        to: '2027-02-28',
        timeZone: 'Europe/Dublin',
        ownerName: OWNER,
        preparedOn: '2027-03-01',
      }),
    ),
  }
}
