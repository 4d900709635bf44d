/**
 * Realistic inputs for the three Word exports: used by the unit tests that read the documents back
 * and by the script that renders the page images in docs/exports.
 */
import type { NegotiationNotesInput } from '@shared/export/negotiationNotes'
import type { StartPlanInput } from '@shared/export/startPlan'
import type { ThankYouCardInput } from '@shared/export/thankYouCard'
import type { LocaleTag } from '@shared/domain/locale'
import { money } from '@shared/domain/money'

/** One interviewer's card after an in-person final round, signed by a user with an accented name. */
export const sampleCard: ThankYouCardInput = {
  ownerName: 'Zoë Ó Briain',
  company: 'Northwind Logistics',
  role: 'Senior Data Analyst, Forecasting and Network Planning',
  writtenOn: '2026-12-07',
  paper: 'a4',
  card: {
    interviewerName: 'Siobhán Ní Dhuibhir',
    interviewerTitle: 'Head of Analytics',
    message:
      'Thank you for taking the time to meet me on Monday. I really enjoyed hearing how your team rebuilt the depot forecasting model in Python, and the way you described moving from weekly to daily demand planning.\n\nIt made me even keener to join you, and I would love to help take that work further.',
    signOff: 'With best wishes,',
  },
}

/** Notes for an offer in euro below the advertised band, prepared by a user with an accented name. */
export const sampleNotes: NegotiationNotesInput = {
  ownerName: 'Zoë Ó Briain',
  company: 'Dúlra Analytics Teoranta',
  role: 'Senior Data Analyst, Forecasting and Network Planning',
  preparedOn: '2026-12-14',
  locale: 'en-IE' as LocaleTag,
  verdict: 'The offer falls short of the advert: raise it before you accept.',
  reasons: [
    'Base pay is €3,000 below the bottom of the advertised band.',
    'Holiday is 3 days fewer than the advert promised.',
  ],
  blockers: ['The offer is not in writing yet.', 'References are still outstanding.'],
  rows: [
    {
      label: 'Base pay',
      advert: '€65,000 to €75,000 a year',
      offer: '€62,000 a year',
      finding: 'Base pay is €3,000 below the bottom of the advertised band.',
      gap: '−€3,000 a year',
      concern: true,
    },
    {
      label: 'Hours',
      advert: '37.5 hours a week',
      offer: '37.5 hours a week',
      finding: '',
      gap: '—',
      concern: false,
    },
    {
      label: 'Holiday',
      advert: '28 days a year',
      offer: '25 days a year',
      finding: 'Holiday is 3 days fewer than the advert promised.',
      gap: '−3 days',
      concern: true,
    },
    {
      label: 'Benefits',
      advert: 'Health insurance (VHI), Pension 5% matched, Bike to work scheme',
      offer: 'Health insurance (VHI) for you and your family, Pension 5% matched',
      finding: 'The advert mentioned Bike to work scheme, but the offer does not.',
      gap: 'Missing: Bike to work scheme',
      concern: true,
    },
    {
      label: 'Location',
      advert: 'Galway, hybrid',
      offer: 'Galway, hybrid',
      finding: '',
      gap: '—',
      concern: false,
    },
  ],
  target: money(7_000_000, 'EUR'),
  walkAway: money(6_500_000, 'EUR'),
  period: 'year',
  justification:
    'Six years of forecasting work in logistics, including the route model that cut empty miles by 9% at Brennan Freight.\n\nThe advert put the band at €65,000 to €75,000; the middle of it matches my experience with Python and Kubernetes.',
  talkingPoints: [
    'The advert said €65,000 to €75,000 a year; the offer is €62,000, below the band.',
    'Ask for €70,000, the middle of the advertised band.',
    'The advert promised 28 days of holiday; the offer has 25.',
  ],
  lines:
    'Thank you again for the offer: I am delighted Dúlra wants me on the team.\n\nBefore I accept, the salary is below the band in the advert. Given my forecasting experience, I was expecting €70,000. Is there room to meet that?',
}

/** A plan with a one-month notice, a two-week break and a clash with the employer's date. */
export const samplePlan: StartPlanInput = {
  ownerName: 'Alex Morgan',
  company: 'Northwind Logistics',
  role: 'Senior Data Analyst',
  preparedOn: '2026-12-14',
  keyDates: [
    { label: 'Resign by', date: '2026-12-18' },
    { label: 'Last working day', date: '2027-01-18' },
    { label: 'Start', date: '2027-02-01' },
  ],
  steps: [
    { date: '2026-12-14', label: 'Today', note: '' },
    { date: '2026-12-15', label: 'Offer in writing', note: 'Ask for the letter and the contract.' },
    { date: '2026-12-17', label: 'Conditions cleared', note: 'References from two referees.' },
    { date: '2026-12-18', label: 'Contract signed and returned', note: 'Then resign, not before.' },
    { date: '2026-12-18', label: 'Resign', note: 'One month’s notice, counted from the next day.' },
    { date: '2027-01-18', label: 'Last working day', note: 'Untaken holiday is paid out.' },
    { date: '2027-01-19', label: 'Break', note: 'Two weeks off between jobs.' },
    {
      date: '2027-02-01',
      label: 'Start at Northwind Logistics',
      note: 'The employer asked for 11 January.',
      conflict: true,
    },
  ],
  conflicts: [
    {
      title: 'The employer would like you to start on 11 January',
      detail:
        'Your notice runs until 18 January, so 11 January is not possible without leaving early.',
      counterDate: '2027-02-01',
      draft:
        'Dear Priya,\n\nThank you again for the offer. My notice period is one month, so my last day at my current employer is Monday 18 January. Could we agree a start date of Monday 1 February?\n\nBest wishes,\nAlex',
    },
  ],
  checklist: [
    { text: 'Offer received in writing', done: true },
    { text: 'References cleared', done: false },
    { text: 'Contract signed and returned', done: false },
    { text: 'Resignation letter handed in', done: false },
  ],
  notes: [
    'In the UK an employee with more than a month’s service must give at least one week’s notice by law; your contract may ask for more.',
  ],
}
