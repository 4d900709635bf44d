/** Fixtures for the board's tests: a realistic opportunity built through the public helpers. */
import type { Interviewer, Opportunity } from './opportunity'
import { newOpportunity, type NewId } from './factory'

/** Counting ids: `id-1`, `id-2`, ... so tests can predict them. */
export function countingIds(prefix = 'id'): NewId {
  let n = 0
  return () => `${prefix}-${++n}`
}

/** An opportunity at Acme with one round and two interviewers. */
export function acme(newId: NewId = countingIds(), now = Date.UTC(2026, 2, 3, 9)): Opportunity {
  return {
    ...newOpportunity(newId, now),
    company: 'Acme Ltd',
    role: 'Product designer',
    rounds: [
      {
        id: newId(),
        date: '2026-03-03',
        time: '09:30',
        durationMinutes: 60,
        mode: 'in-person',
        place: 'London',
        isFinal: false,
        interviewers: [
          {
            id: newId(),
            name: 'Priya Shah',
            title: 'Head of Design',
            email: 'priya@acme.example',
            phone: '',
            linkedIn: '',
            discussed: 'the design system',
          },
          {
            id: newId(),
            name: 'Tom Ellis',
            title: 'Engineering lead',
            email: 'tom@acme.example',
            phone: '',
            linkedIn: '',
            discussed: 'handover to developers',
          },
        ],
      },
    ],
  }
}

/**
 * An opportunity at `company` whose one round was with `people`, each a blank interviewer with
 * what is given filled in; `over` replaces anything else.
 */
export function interviewedBy(
  company: string,
  people: Partial<Interviewer>[],
  newId: NewId = countingIds(),
  over: Partial<Opportunity> = {},
): Opportunity {
  const o = acme(newId)
  const interviewers = people.map((p) => ({
    id: newId(),
    name: '',
    title: '',
    email: '',
    phone: '',
    linkedIn: '',
    discussed: '',
    ...p,
  }))
  return { ...o, company, rounds: [{ ...o.rounds[0]!, interviewers }], ...over }
}
