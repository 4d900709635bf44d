import { describe, expect, it } from 'vitest'
import { applyFilter, matchesText } from './search'
import { acme } from './testData'

const all = { text: '', stage: 'all' as const, closed: false }

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
})
