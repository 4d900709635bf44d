import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { draftSimilarity, findNearDuplicates } from './similarity'

const words = fc.constantFrom('thank', 'you', 'for', 'the', 'design', 'system', 'team', 'chat')
const text = fc.array(words, { maxLength: 14 }).map((w) => w.join(' '))

describe('near-duplicate drafts', () => {
  it('scores every pair as the pairwise similarity of texts and personal parts would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text, personal: fc.option(text, { nil: undefined }) }), {
          maxLength: 5,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, threshold) => {
          const drafts = raw.map((d, i) => ({ id: `d${i}`, ...d }))
          const expected = []
          for (let i = 0; i < drafts.length; i++)
            for (let j = i + 1; j < drafts.length; j++) {
              const a = drafts[i]!
              const b = drafts[j]!
              let score = draftSimilarity(a.text, b.text)
              if (a.personal != null && b.personal != null)
                score = Math.max(score, draftSimilarity(a.personal, b.personal, 2))
              if (score >= threshold)
                expected.push({ a: a.id, b: b.id, score: Math.round(score * 100) / 100 })
            }
          expected.sort((x, y) => y.score - x.score)
          expect(findNearDuplicates(drafts, threshold)).toEqual(expected)
        },
      ),
    )
  })

  it('flags two thank-yous that differ only in the name', () => {
    const body = (name: string) =>
      `Dear ${name}, thank you for talking me through the design system today.`
    expect(
      findNearDuplicates([
        { id: 'a', text: body('Priya') },
        { id: 'b', text: body('Tom') },
      ]),
    ).toEqual([{ a: 'a', b: 'b', score: 0.67 }])
  })
})
