import { describe, expect, it } from 'vitest'
import { applyFilter, matchesText, NO_FILTER } from './search'
import { acme, countingIds } from './testData'
import type { Opportunity } from './opportunity'

const all = NO_FILTER
const ids = (list: Opportunity[]) => list.map((o) => o.id)

describe('board search', () => {
  it('finds a record by what it says now, after it was replaced by an edited copy', () => {
    const before = acme()
    expect(matchesText(before, 'acme')).toBe(true)
    const after = { ...before, company: 'Northwind', stage: 'offer' as const }
    expect(matchesText(after, 'acme')).toBe(false)
    expect(matchesText(after, 'northwind offer')).toBe(true)
    expect(matchesText(before, 'acme interviewed')).toBe(true)
  })

  it('needs every word of the query, in any order and case', () => {
    const list = [acme(), { ...acme(), id: 'other', company: 'Globex' }]
    expect(applyFilter(list, { ...all, text: '  ELLIS   globex ' }).map((o) => o.id)).toEqual([
      'other',
    ])
    expect(applyFilter(list, { ...all, text: 'priya designer' })).toHaveLength(2)
    expect(applyFilter(list, { ...all, text: 'priya nobody' })).toEqual([])
  })

  it('reads names without their accents either way: "renee cote" finds Renée Côté', () => {
    const o = acme()
    const renee = { ...o.rounds[0]!.interviewers[0]!, name: 'Renée Côté-Ødegård' }
    const withRenee = { ...o, rounds: [{ ...o.rounds[0]!, interviewers: [renee] }] }
    expect(matchesText(withRenee, 'renee cote-odegard')).toBe(true)
    expect(matchesText(withRenee, 'RENÉE')).toBe(true)
    expect(matchesText(withRenee, 'priya')).toBe(false)
  })

  it('covers tags, notes, topics talked about, questions asked and places', () => {
    const o: Opportunity = {
      ...acme(),
      tags: ['Fintech', 'dream job'],
      notes: 'Salary negotiable after probation',
      reflection: {
        ...acme().reflection,
        questionsAsked: 'Tell me about a conflict with a stakeholder',
        difficultQuestions: [
          { id: 'q1', question: 'Why are you leaving Initech?', improvedAnswer: '' },
        ],
      },
      advert: {
        text: '',
        terms: {
          pay: null,
          hoursPerWeek: null,
          holidayDays: null,
          benefits: [],
          car: null,
          location: 'Manchester',
          arrangement: null,
        },
      },
    }
    for (const query of [
      'fintech',
      'dream job',
      'probation',
      'stakeholder',
      'initech',
      'design system', // what was talked about with Priya
      'london', // where the round took place
      'manchester', // where the advert says the job is
    ])
      expect(matchesText(o, query), query).toBe(true)
    expect(matchesText(o, 'salary bonus')).toBe(false)
  })
})

describe('board filter', () => {
  const next = countingIds('o')
  const open = { ...acme(next), id: 'open', tags: ['Remote'] }
  const rejected = { ...acme(next), id: 'rejected', stage: 'rejected' as const, tags: ['remote'] }
  const declined = { ...acme(next), id: 'declined', closed: 'declined' as const }
  const archived = { ...acme(next), id: 'archived', closed: 'declined' as const, archivedAt: 5 }
  const archivedRejection = { ...rejected, id: 'archived-rejection', archivedAt: 6 }
  const oldArchived = { ...acme(next), id: 'old-archived', closed: 'archived' as const }
  const list = [open, rejected, declined, archived, archivedRejection, oldArchived]

  it('keeps archived ones off the board and out of the closed list, and lists them on request', () => {
    expect(ids(applyFilter(list, all))).toEqual(['open', 'rejected'])
    expect(ids(applyFilter(list, { ...all, shows: 'closed' }))).toEqual(['declined'])
    expect(ids(applyFilter(list, { ...all, shows: 'archived' }))).toEqual([
      'archived',
      'archived-rejection',
      'old-archived',
    ])
  })

  it('filters by a tag in any case, and the tag is a search word too', () => {
    expect(ids(applyFilter(list, { ...all, tag: 'REMOTE' }))).toEqual(['open', 'rejected'])
    expect(ids(applyFilter(list, { ...all, tag: 'remote', stage: 'rejected' }))).toEqual([
      'rejected',
    ])
    expect(ids(applyFilter(list, { ...all, tag: 'fintech' }))).toEqual([])
    expect(ids(applyFilter(list, { ...all, text: 'remote' }))).toEqual(['open', 'rejected'])
  })

  it('reads a record from before tags as having none', () => {
    const { tags: _t, ...old } = acme()
    expect(applyFilter([old as Opportunity], { ...all, tag: 'remote' })).toEqual([])
    expect(applyFilter([old as Opportunity], all)).toHaveLength(1)
  })
})
