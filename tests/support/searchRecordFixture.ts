/**
 * A job search from January to February 2027 for the "record of my job search" export: an offer
 * after two rounds (one with three interviewers), a rejection with feedback asked for, a
 * withdrawal, and one application from before the range that must be left out.
 */
import { newOpportunity } from '@shared/domain/factory'
import { countingIds } from '@shared/domain/testData'
import type { Opportunity, Round } from '@shared/domain/opportunity'
import type { RecordSource } from '@shared/export/searchRecord'

const newId = countingIds('r')
const at = (iso: string) => Date.parse(iso)

function round(
  date: string,
  mode: Round['mode'],
  people: [string, string][],
  isFinal = false,
): Round {
  return {
    id: newId(),
    date,
    time: '10:00',
    durationMinutes: 60,
    mode,
    place: '',
    isFinal,
    interviewers: people.map(([name, title]) => ({
      id: newId(),
      name,
      title,
      email: '',
      phone: '',
      linkedIn: '',
      discussed: '',
    })),
  }
}

function opportunity(created: string, fields: Partial<Opportunity>): Opportunity {
  return { ...newOpportunity(newId, at(created)), ...fields }
}

/** The applications and what was sent for each, as the app's history tells it. */
export function searchRecordSources(): RecordSource[] {
  return [
    {
      opportunity: opportunity('2027-01-08T09:00:00Z', {
        company: 'Ó Briain & Daughters Ltd',
        role: 'Senior Data Analyst',
        stage: 'offer',
        offerReceivedOn: '2027-02-10',
        rounds: [
          round('2027-01-12', 'video', [
            ['Siobhán Ní Dhuibhir', 'Head of Analytics'],
            ['Jean-Luc Périgord', 'Finance Director'],
            ['Zoë Hartley-Wynne', 'HR Partner'],
          ]),
          round('2027-01-26', 'in-person', [['Siobhán Ní Dhuibhir', 'Head of Analytics']], true),
        ],
      }),
      sent: [
        { at: at('2027-01-12T16:30:00Z'), what: 'Thank Siobhán Ní Dhuibhir for the interview' },
        { at: at('2027-01-12T16:40:00Z'), what: 'Thank Jean-Luc Périgord for the interview' },
        { at: at('2027-01-27T09:00:00Z'), what: 'Sent a thank-you card' },
        { at: at('2027-02-05T10:00:00Z'), what: 'Asked for news' },
      ],
    },
    {
      opportunity: opportunity('2027-01-15T12:00:00Z', {
        company: 'Müller & Söhne Präzisionstechnik GmbH',
        role: 'Embedded Software Engineer',
        stage: 'rejected',
        rounds: [round('2027-01-20', 'phone', [['Jürgen Weiß', 'Engineering Manager']])],
        rejection: { on: '2027-02-02', via: 'email', feedbackGiven: false, feedback: '' },
      }),
      sent: [
        { at: at('2027-02-03T08:30:00Z'), what: 'Thanked them after the decision' },
        { at: at('2027-02-03T08:35:00Z'), what: 'Asked for feedback' },
      ],
    },
    {
      opportunity: opportunity('2027-02-09T12:00:00Z', {
        company: 'Northwind Logistics',
        role: 'Analytics Lead',
        closed: 'withdrawn',
        closedReason: 'took the offer from Ó Briain & Daughters',
        rounds: [round('2027-02-15', 'video', [])],
      }),
      sent: [],
    },
    {
      opportunity: opportunity('2026-10-01T12:00:00Z', {
        company: 'Contoso Retail',
        role: 'Data Analyst',
        closed: 'ghosted',
        rounds: [round('2026-10-06', 'video', [['Ann Lee', 'Recruiter']])],
      }),
      sent: [{ at: at('2026-10-06T15:00:00Z'), what: 'Sent a thank-you' }],
    },
  ]
}
