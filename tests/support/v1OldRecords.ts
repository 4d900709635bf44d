/**
 * Records in the shapes earlier versions of Afterview wrote to the vault, before every table had
 * a schema. They were sealed once into tests/fixtures/vault-v1/old-records.json (under the frozen
 * v1 vault's key) and are frozen there; this list is kept only to show where each shape comes from.
 * `expected` says how the current version must read it: opened, or reported and kept.
 */

/** One record as an older version stored it. */
export interface OldRecord {
  table: string
  id: string
  /** Which version wrote this shape, and what it lacks. */
  why: string
  expected: 'opens' | 'invalid-record'
  value: unknown
}

const DAY = 86_400_000
const created = Date.UTC(2026, 10, 2, 9)
const round = {
  id: 'r-1',
  date: '2026-11-02',
  time: '09:30',
  durationMinutes: 45,
  mode: 'video',
  place: 'Teams',
  interviewers: [
    {
      id: 'i-1',
      name: 'Zoë Ångström',
      title: 'Head of Data',
      email: 'zoe@globex.example',
      phone: '',
      linkedIn: '',
      discussed: 'the “final” migration ✓',
    },
  ],
  isFinal: false,
}
const reflection = {
  questionsAsked: 'Why data?',
  difficultQuestions: [{ id: 'q-1', question: 'A failure?', improvedAnswer: '' }],
  wentWell: '',
  answersToClarify: '',
  pros: '',
  cons: '',
  gutFeeling: 4,
}
/** An opportunity as the board first stored it (c701129): no attachments, drafts or offer date. */
const firstOpportunity = {
  id: 'o1-first',
  company: 'Globex',
  role: 'Data Analyst',
  senior: false,
  stage: 'followed-up',
  closed: null,
  advert: {
    text: 'Data Analyst, £50,000 to £52,000',
    terms: {
      pay: { min: 5_000_000, max: 5_200_000, currency: 'GBP', period: 'year' },
      hoursPerWeek: 37.5,
      holidayDays: 25,
      benefits: ['pension'],
      car: { kind: 'allowance', amount: 30_000, currency: 'GBP', period: 'month' },
      location: 'Leeds',
      arrangement: 'hybrid',
    },
  },
  rounds: [round],
  agency: null,
  promisedDecisionDate: '2026-11-09',
  followUp: { who: 'Zoë', how: 'email', when: 'next week' },
  reflection,
  notes: '',
  messages: [{ id: 'm-1', kind: 'thank-you', to: 'i-1', at: created + 3_600_000 }],
  history: [
    { from: null, to: 'interviewed', at: created },
    { from: 'interviewed', to: 'followed-up', at: created + DAY },
  ],
  actions: { a0123456789abcdef: { status: 'done', at: created + 3_600_000 } },
  rejection: null,
  refereeIds: ['ref-1'],
  createdAt: created,
  updatedAt: created + DAY,
}

const terms = {
  pay: { min: 6_100_000, max: 6_100_000, currency: 'GBP', period: 'year' },
  hoursPerWeek: 37.5,
  holidayDays: 25,
  benefits: [],
  car: null,
  location: 'Leeds',
  arrangement: null,
}
/** An offer as first kept in the vault (d1b668b) by a version that wrote no letter field. */
const offerBeforeLetters = {
  offer: {
    id: 'f1-before-letter',
    opportunityId: 'o2-offer',
    receivedOn: '2026-11-20',
    terms,
    bonus: null,
    bonusNote: '',
    equity: '',
    pensionMatchPercent: 5,
    proposedStart: null,
    contractReturnBy: null,
    conditions: [{ kind: 'references', status: 'outstanding' }],
    inWriting: true,
    contractSigned: false,
    negotiation: {
      target: { amount: 6_500_000, currency: 'GBP' },
      walkAway: null,
      period: 'year',
      justification: '',
      talkingPoints: [],
      lines: '',
    },
    decision: 'pending',
  },
  company: 'Initech',
  role: 'Senior Analyst',
  advert: null,
}

/** Every record of the fixture, in the order it was sealed. */
export const OLD_RECORDS: OldRecord[] = [
  {
    table: 'opportunities',
    id: 'o1-first',
    why: 'c701129: before attachments (c123947), kept drafts (2a98630) and the offer date',
    expected: 'opens',
    value: firstOpportunity,
  },
  {
    table: 'opportunities',
    id: 'o2-offer',
    why: 'c123947: attachments and the offer date, before kept drafts (2a98630)',
    expected: 'opens',
    value: {
      ...firstOpportunity,
      id: 'o2-offer',
      company: 'Initech',
      stage: 'offer',
      offerReceivedOn: '2026-11-20',
      attachments: [],
    },
  },
  {
    table: 'offers',
    id: 'f1-before-letter',
    why: 'd1b668b: an offer with no letter field',
    expected: 'opens',
    value: offerBeforeLetters,
  },
  {
    table: 'settings',
    id: 'settings',
    why: 'a settings record with only the settings an older form saved',
    expected: 'opens',
    value: {
      region: 'GB-SCT',
      timeZone: 'Europe/London',
      thankYouCutoff: '11:00',
      nextDayThankYouBy: '10:00',
      linkedInDelay: { min: 1, max: 3 },
      linkedInLimit: 300,
      followUpGraceDays: 7,
      noDateFollowUpDays: 5,
      reapproachMonths: 6,
      keepLookingThreshold: 2,
    },
  },
  {
    table: 'vault-settings',
    id: 'vault',
    why: 'the vault’s own settings as always written',
    expected: 'opens',
    value: { autoLockMinutes: 10 },
  },
  {
    table: 'referees',
    id: 'ref-1',
    why: 'a referee as always written',
    expected: 'opens',
    value: {
      id: 'ref-1',
      name: 'Sam Green',
      relation: 'line manager at Acme, 2019-2023',
      email: 'sam@acme.example',
      phone: '',
      lastWarned: { on: '2026-11-03', opportunityId: 'o1-first', role: 'Data Analyst' },
    },
  },
  {
    table: 'profile',
    id: 'me',
    why: 'a profile saved with only a name',
    expected: 'opens',
    value: { name: 'Alex Morgan' },
  },
  {
    table: 'plans',
    id: 'f1-before-letter',
    why: '07508d8-era plan record with only the break chosen and no messages',
    expected: 'opens',
    value: { offerId: 'f1-before-letter', choices: { breakDays: 7 } },
  },
  {
    table: 'pipeline',
    id: 'pipeline',
    why: 'the keep-looking nudge snoozed',
    expected: 'opens',
    value: {
      version: 1,
      actions: { a00000000000000ff: { status: 'snoozed', at: created, until: created + DAY } },
    },
  },
  {
    table: 'reminder-ids',
    id: 'reminder-ids',
    why: 'reminder ids as always written',
    expected: 'opens',
    value: { 'o1-first\u0000a0123456789abcdef': 'Zm9vYmFyYmF6cXV4MTIz' },
  },
  {
    table: 'opportunities',
    id: 'o3-impossible-date',
    why: 'damaged: an interview on 30 February',
    expected: 'invalid-record',
    value: {
      ...firstOpportunity,
      id: 'o3-impossible-date',
      rounds: [{ ...round, date: '2026-02-30' }],
    },
  },
  {
    table: 'offers',
    id: 'f2-fractional-pay',
    why: 'damaged: a salary in fractions of a penny',
    expected: 'invalid-record',
    value: {
      ...offerBeforeLetters,
      offer: {
        ...offerBeforeLetters.offer,
        id: 'f2-fractional-pay',
        terms: { ...terms, pay: { ...terms.pay, min: 6_100_000.5 } },
      },
    },
  },
]
