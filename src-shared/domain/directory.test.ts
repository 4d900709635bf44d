import { describe, expect, it } from 'vitest'
import { groupPeople, personMatches, type Person } from './directory'
import type { Interviewer, Opportunity } from './opportunity'
import type { Referee } from './people'
import { countingIds, interviewedBy } from './testData'

const next = countingIds('x')

function person(name: string, over: Partial<Interviewer> = {}): Interviewer {
  return { id: next(), name, title: '', email: '', phone: '', linkedIn: '', discussed: '', ...over }
}

function application(
  company: string,
  people: Interviewer[],
  over: Partial<Opportunity> = {},
): Opportunity {
  return interviewedBy(company, people, next, over)
}

const named = (people: Person[], name: string) => people.find((p) => p.name === name)

describe('grouping people across applications', () => {
  it('joins one person typed with and without accents at the same company, keeping the accents', () => {
    const march = application(
      'Lumière Analytics',
      [
        person('Renée Côté', {
          title: 'Head of Data',
          email: '',
          linkedIn: 'linkedin.com/in/rcote',
        }),
      ],
      { id: 'march', createdAt: 1000 },
    )
    const may = application(
      'lumiere analytics',
      [person('  renee   COTE ', { phone: '+33 1 23 45 67 89' })],
      {
        id: 'may',
        role: 'Senior analyst',
        createdAt: 2000,
      },
    )
    const people = groupPeople([march, may], [])
    expect(people).toHaveLength(1)
    const [renee] = people
    expect(renee).toMatchObject({
      name: 'Renée Côté',
      roles: ['interviewer'],
      linkedIns: ['linkedin.com/in/rcote'],
      phones: ['+33 1 23 45 67 89'],
    })
    // Newest application first, each with what she was there.
    expect(renee!.appearances.map((a) => [a.opportunityId, a.role])).toEqual([
      ['may', 'Senior analyst'],
      ['march', 'Product designer'],
    ])
  })

  it('keeps the same name at two companies apart, unless an email joins them', () => {
    const a = application('Acme Ltd', [person('Sam Patel', { email: 'sam@acme.example' })])
    const b = application('Globex', [person('Sam Patel')])
    expect(groupPeople([a, b], [])).toHaveLength(2)
    const moved = application('Globex', [person('Samir Patel', { email: 'SAM@acme.example ' })])
    const joined = groupPeople([a, moved], [])
    expect(joined).toHaveLength(1)
    expect(joined[0]!.emails).toEqual(['sam@acme.example'])
    expect(joined[0]!.appearances).toHaveLength(2)
  })

  it('lists three interviewers of one round as three people, with what was sent to each', () => {
    const panel = [
      person('Priya Shah', { email: 'priya@acme.example', title: 'Head of Design' }),
      person('Tom Ellis', { email: 'tom@acme.example' }),
      person('Zoë Ødegård-Nakamura', { email: 'zoe@acme.example' }),
    ]
    const o = application('Acme Ltd', panel, {
      messages: [
        { id: 'm1', kind: 'thank-you', to: panel[0]!.id, at: 5000 },
        { id: 'm2', kind: 'linkedin', to: panel[0]!.id, at: 9000 },
        { id: 'm3', kind: 'thank-you', to: panel[2]!.id, at: 6000 },
        { id: 'm4', kind: 'reply', to: 'employer', at: 7000, via: 'email', said: 'Next week' },
      ],
    })
    const people = groupPeople([o], [])
    expect(people.map((p) => p.name)).toEqual(['Priya Shah', 'Tom Ellis', 'Zoë Ødegård-Nakamura'])
    expect(named(people, 'Priya Shah')!.events).toEqual([
      { kind: 'message', message: 'linkedin', at: 9000, opportunityId: o.id },
      { kind: 'message', message: 'thank-you', at: 5000, opportunityId: o.id },
    ])
    expect(named(people, 'Tom Ellis')!.events).toEqual([])
    expect(named(people, 'Zoë Ødegård-Nakamura')!.events).toHaveLength(1)
    expect(named(people, 'Priya Shah')!.appearances[0]!.detail).toBe('Head of Design')
  })

  it('finds a consultant in two applications through the same agency, with the chasers sent', () => {
    const hays = { name: 'Hays', consultant: 'Kofi Mensah', email: '', phone: '0161 555 0100' }
    const a = application('Acme Ltd', [person('Priya Shah')], {
      id: 'a',
      agency: hays,
      createdAt: 1000,
      messages: [{ id: 'c1', kind: 'chaser', to: 'agency', at: 3000 }],
    })
    const b = application('Globex', [], {
      id: 'b',
      agency: { ...hays, email: 'kofi@hays.example' },
      createdAt: 2000,
    })
    const kofi = named(groupPeople([a, b], []), 'Kofi Mensah')
    expect(kofi).toMatchObject({
      company: 'Hays',
      roles: ['consultant'],
      emails: ['kofi@hays.example'],
      phones: ['0161 555 0100'],
    })
    expect(kofi!.appearances.map((x) => [x.company, x.as])).toEqual([
      ['Globex', 'consultant'],
      ['Acme Ltd', 'consultant'],
    ])
    expect(kofi!.events).toEqual([
      { kind: 'message', message: 'chaser', at: 3000, opportunityId: 'a' },
    ])
  })

  it('shows a referee with the applications they were picked for and when they were warned', () => {
    const ref: Referee = {
      id: 'ref-1',
      name: 'Alex Moore',
      relation: 'line manager at Initech',
      email: 'alex@initech.example',
      phone: '',
      lastWarned: { on: '2026-03-05', opportunityId: 'a', role: 'Product designer' },
    }
    const a = application('Acme Ltd', [], { id: 'a', refereeIds: ['ref-1'] })
    const b = application('Globex', [], { id: 'b' })
    const [alex] = groupPeople([a, b], [ref])
    expect(alex).toMatchObject({ name: 'Alex Moore', company: '', roles: ['referee'] })
    expect(alex!.appearances).toEqual([
      {
        opportunityId: 'a',
        company: 'Acme Ltd',
        role: 'Product designer',
        as: 'referee',
        detail: 'line manager at Initech',
      },
    ])
    expect(alex!.events).toEqual([
      { kind: 'warned', on: '2026-03-05', opportunityId: 'a', role: 'Product designer' },
    ])
  })

  it('joins a referee who once interviewed the user, by their email', () => {
    const o = application('Initech', [person('Alex Moore', { email: 'alex@initech.example' })])
    const ref: Referee = {
      id: 'ref-1',
      name: 'Alex Moore',
      relation: 'former manager',
      email: 'Alex@Initech.example',
      phone: '07700 900123',
      lastWarned: null,
    }
    const people = groupPeople([o], [ref])
    expect(people).toHaveLength(1)
    expect(people[0]!.roles.toSorted()).toEqual(['interviewer', 'referee'])
    expect(people[0]!.company).toBe('Initech')
  })

  it('leaves out empty rows and an agency without a consultant', () => {
    const o = application('Acme Ltd', [person('   ')], {
      agency: { name: 'Hays', consultant: '', email: '', phone: '' },
    })
    expect(groupPeople([o], [])).toEqual([])
  })
})

describe('searching people', () => {
  const o = application(
    'Lumière Analytics',
    [person('Renée Côté', { email: 'renee@lumiere.example', title: 'Head of Data' })],
    { role: 'Data analyst' },
  )
  const [renee] = groupPeople([o], [])

  it('finds a person by name without accents, company, email, role or title', () => {
    for (const query of [
      'renee',
      'COTE lumiere',
      'renee@lumiere',
      'data analyst',
      'head of',
      'interviewer',
    ])
      expect(personMatches(renee!, query), query).toBe(true)
    expect(personMatches(renee!, '')).toBe(true)
    expect(personMatches(renee!, 'renee globex')).toBe(false)
  })
})
