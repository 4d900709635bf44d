import { describe, expect, it } from 'vitest'
import {
  archive,
  canArchive,
  CLOSING_CHOICES,
  closeAs,
  isActive,
  isArchived,
  moveTo,
  questionMove,
  unarchive,
} from './stages'
import { applyFilter, NO_FILTER } from './search'
import { acme } from './testData'

describe('moving between columns', () => {
  it('records the move in the history', () => {
    const moved = moveTo(acme(), 'offer', 1000)
    expect(moved.stage).toBe('offer')
    expect(moved.history.at(-1)).toEqual({ from: 'interviewed', to: 'offer', at: 1000 })
  })

  it('keeps how a rejection came', () => {
    const rejection = {
      on: '2026-03-10',
      via: 'email',
      feedbackGiven: false,
      feedback: '',
    } as const
    const moved = moveTo(acme(), 'rejected', 1000, rejection)
    expect(moved.rejection).toEqual(rejection)
    expect(isActive(moved)).toBe(false)
  })

  it('questions Followed up before anything was sent, and not after a thank-you', () => {
    const o = acme()
    expect(questionMove(o, 'followed-up')).toMatch(/Nothing has been sent/)
    const sent = { ...o, messages: [{ id: 'm', kind: 'thank-you' as const, to: 'x', at: 1 }] }
    expect(questionMove(sent, 'followed-up')).toBeNull()
    expect(questionMove(o, 'offer')).toBeNull()
  })
})

describe('closing', () => {
  it('keeps the reason for withdrawing, trimmed, and forgets it on reopening', () => {
    const closed = closeAs(acme(), 'withdrawn', 2000, '  Took the offer from Müller & Söhne  ')
    expect(closed).toMatchObject({
      closed: 'withdrawn',
      closedReason: 'Took the offer from Müller & Söhne',
    })
    expect(closeAs(closed, null, 3000)).not.toHaveProperty('closedReason')
    expect(closeAs(acme(), 'ghosted', 2000, '   ')).not.toHaveProperty('closedReason')
  })
})

describe('search and filter', () => {
  const list = [
    acme(),
    {
      ...acme(),
      id: 'b',
      company: 'Globex',
      agency: { name: 'Hays', consultant: 'Sam', email: '', phone: '' },
    },
    { ...acme(), id: 'c', company: 'Initech', stage: 'offer' as const },
    { ...acme(), id: 'd', company: 'Umbrella', closed: 'declined' as const },
  ]
  const f = NO_FILTER

  it('finds by interviewer name and by agency', () => {
    expect(applyFilter(list, { ...f, text: 'tom ellis' })).toHaveLength(3)
    expect(applyFilter(list, { ...f, text: 'hays' }).map((o) => o.company)).toEqual(['Globex'])
  })
  it('filters by stage and hides closed ones unless asked', () => {
    expect(applyFilter(list, { ...f, stage: 'offer' }).map((o) => o.company)).toEqual(['Initech'])
    expect(applyFilter(list, { ...f, shows: 'closed' }).map((o) => o.company)).toEqual(['Umbrella'])
  })
})

describe('archiving', () => {
  const declined = closeAs(acme(), 'declined', 2000, 'Took another offer')
  const rejected = moveTo(acme(), 'rejected', 2000)

  it('archives only what has ended, and keeps how it ended', () => {
    expect(canArchive(acme())).toBe(false)
    expect(canArchive(declined)).toBe(true)
    expect(canArchive(rejected)).toBe(true)
    const archived = archive(declined, 3000)
    expect(archived).toMatchObject({
      closed: 'declined',
      closedReason: 'Took another offer',
      archivedAt: 3000,
      updatedAt: 3000,
    })
    expect(isArchived(archived)).toBe(true)
    expect(canArchive(archived)).toBe(false)
    expect(archive(archived, 4000)).toBe(archived)
  })

  it('brings an archived one back to exactly where it was', () => {
    const back = unarchive(archive(rejected, 3000), 4000)
    expect(back).not.toHaveProperty('archivedAt')
    expect(back).toEqual({ ...rejected, updatedAt: 4000 })
    expect(unarchive(archive(declined, 3000), 4000)).toEqual({ ...declined, updatedAt: 4000 })
    expect(unarchive(declined, 4000)).toBe(declined)
  })

  it('counts a record closed as archived by an older version as archived, and reopens it', () => {
    const old = { ...acme(), closed: 'archived' as const }
    expect(isArchived(old)).toBe(true)
    expect(canArchive(old)).toBe(false)
    expect(unarchive(old, 4000)).toMatchObject({ closed: null, updatedAt: 4000 })
  })

  it('no longer offers archived as a way to close', () => {
    expect(CLOSING_CHOICES).not.toContain('archived')
  })
})
