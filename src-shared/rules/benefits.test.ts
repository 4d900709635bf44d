import { describe, expect, it } from 'vitest'
import { benefitFindings } from './offerTerms'
import { pairBenefits, sameBenefit } from './benefits'

describe('benefits written differently', () => {
  it('are one benefit when only case, punctuation or added detail differ', () => {
    expect(
      sameBenefit('Health insurance (VHI)', 'Health insurance (VHI) for you and your family'),
    ).toBe(true)
    expect(sameBenefit('health insurance, VHI', 'Health Insurance (VHI)')).toBe(true)
    expect(sameBenefit('Bike-to-work scheme', 'bike to work scheme')).toBe(true)
    expect(sameBenefit('Life insurance', 'Health insurance')).toBe(false)
    expect(sameBenefit('', 'Pension')).toBe(false)
  })

  it('pair one to one, exact matches first, and report what is left on each side', () => {
    expect(
      pairBenefits(
        ['Health insurance (VHI)', 'Pension', ' ', 'Gym membership'],
        [
          'Pension 6% matched',
          'Pension',
          'Health insurance (VHI) for you and your family',
          'Free lunch',
        ],
      ),
    ).toEqual({
      paired: [
        { advert: 'Pension', offer: 'Pension' },
        {
          advert: 'Health insurance (VHI)',
          offer: 'Health insurance (VHI) for you and your family',
        },
      ],
      missing: ['Gym membership'],
      added: ['Pension 6% matched', 'Free lunch'],
    })
  })

  it('are neither missing nor added in the offer check', () => {
    const findings = benefitFindings(
      ['Health insurance (VHI)', 'Gym membership'],
      ['Health insurance (VHI) for you and your family'],
    )
    expect(findings.map((f) => [f.kind, f.figures.benefit])).toEqual([
      ['benefit-missing', 'Gym membership'],
    ])
  })
})
