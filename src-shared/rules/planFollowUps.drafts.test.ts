import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { planFollowUps } from './planFollowUps'
import { context, offer } from './testing/fixtures'
import { generateOpportunity } from '../../tests/bench/data/generate'

const DAY = 86_400_000
const now = Date.UTC(2026, 10, 2, 9)

describe('planning without drafts', () => {
  it('plans the same actions, dates and states as with drafts, only without the text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: -30, max: 400 }),
        fc.boolean(),
        (index, daysLater, withOffer) => {
          // Realistic records of every stage, with agencies, closures, messages and states.
          const o = generateOpportunity(index, { seed: 11, now })
          const ctx = context(withOffer ? { offer: offer() } : {})
          const at = now + daysLater * DAY
          const full = planFollowUps(o, ctx, at)
          const light = planFollowUps(o, { ...ctx, drafts: false }, at)
          expect(light).toEqual(
            full.map((a) => {
              const { similarTo: _similar, ...rest } = a
              return { ...rest, draft: null }
            }),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('still writes each interviewer their own thank-you by default', () => {
    const o = generateOpportunity(1, { seed: 11, now })
    const thanks = planFollowUps(o, context(), now).filter((a) => a.kind === 'thank-you')
    expect(thanks.length).toBeGreaterThan(1)
    for (const a of thanks)
      expect(a.draft?.body).toContain(
        a.recipient.kind === 'interviewer' ? a.recipient.name.split(' ')[0] : '',
      )
  })
})
