import { describe, expect, it } from 'vitest'
import type { LocaleTag } from '../domain/locale'
import { money } from '../domain/money'
import type { OfferFinding } from '../rules/offerTypes'
import { gapFigure } from './offerGap'

const IE = 'en-IE' as LocaleTag
const finding = (over: Partial<OfferFinding>): OfferFinding => ({
  kind: 'pay-below-band',
  term: 'pay',
  effect: 'worse',
  against: 'advert',
  figures: {},
  explanation: 'A sentence the table does not repeat.',
  ...over,
})

describe('the gap between offer and advert as a figure', () => {
  it('writes pay below the band as a signed amount per period', () => {
    const below = finding({ figures: { difference: money(300_000, 'EUR'), period: 'year' } })
    expect(gapFigure([below], IE)).toBe('−€3,000 a year')
  })

  it('writes days and hours as signed counts, and names a missing benefit', () => {
    expect(
      gapFigure(
        [
          finding({
            kind: 'less-holiday',
            term: 'holiday',
            figures: { offerDays: 25, advertDays: 28 },
          }),
          finding({
            kind: 'more-hours',
            term: 'hours',
            figures: { offerHours: 40, advertHours: 37.5 },
          }),
          finding({
            kind: 'benefit-missing',
            term: 'benefits',
            figures: { benefit: 'Bike to work scheme' },
          }),
        ],
        IE,
      ),
    ).toBe('−3 days\n+2.5 hours a week\nMissing: Bike to work scheme')
  })

  it('prints a dash when the offer matches the advert', () => {
    expect(gapFigure([], IE)).toBe('—')
  })
})
