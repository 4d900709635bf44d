import { describe, expect, it } from 'vitest'
import { benefitFindings } from './offerTerms'
import { pairBenefits, pairTermsBenefits, sameBenefit, withBenefitOverride } from './benefits'
import { terms } from './testing/offerFixtures'
import { noCompensation } from '../domain/compensation'

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
        { advert: 'Pension', offer: 'Pension', byUser: false },
        {
          advert: 'Health insurance (VHI)',
          offer: 'Health insurance (VHI) for you and your family',
          byUser: false,
        },
      ],
      missing: ['Gym membership'],
      added: ['Pension 6% matched', 'Free lunch'],
    })
  })

  it('are neither missing nor added in the offer check', () => {
    const findings = benefitFindings(
      pairBenefits(
        ['Health insurance (VHI)', 'Gym membership'],
        ['Health insurance (VHI) for you and your family'],
      ),
    )
    expect(findings.map((f) => [f.kind, f.figures.benefit])).toEqual([
      ['benefit-missing', 'Gym membership'],
    ])
  })

  const advert = ['Health insurance (VHI)', 'Crèche vouchers', 'Pension']
  const offer = [
    'Health insurance (VHI) for you and your family',
    'Childcare support',
    'Pension 5% matched',
  ]

  it('pair two the user says are the same, although no word matches', () => {
    const pairs = pairBenefits(advert, offer, [
      { advert: 'Crèche vouchers', offer: 'Childcare support', same: true },
    ])
    expect(pairs.paired).toContainEqual({
      advert: 'Crèche vouchers',
      offer: 'Childcare support',
      byUser: true,
    })
    expect(pairs).toMatchObject({ missing: [], added: [] })
  })

  it('keep apart two the user says are not the same, though they would match', () => {
    const pairs = pairBenefits(advert, offer, [
      { advert: 'Pension', offer: 'Pension 5% matched', same: false },
    ])
    expect(pairs.paired.map((p) => p.advert)).toEqual(['Health insurance (VHI)'])
    expect(pairs.missing).toEqual(['Crèche vouchers', 'Pension'])
    expect(pairs.added).toEqual(['Childcare support', 'Pension 5% matched'])
  })

  it('ignore an override whose benefit is no longer written that way', () => {
    const stale = [
      { advert: 'Creche vouchers', offer: 'Childcare support', same: true },
      { advert: 'Pension', offer: 'Pension 4% matched', same: false },
    ]
    expect(pairBenefits(advert, offer, stale)).toEqual(pairBenefits(advert, offer))
  })

  it('let the user take back a pair they made, keeping one word per two benefits', () => {
    const paired = withBenefitOverride([], {
      advert: 'Crèche vouchers',
      offer: 'Childcare support',
      same: true,
    })
    const unpaired = withBenefitOverride(paired, { ...paired[0]!, same: false })
    expect(unpaired).toEqual([
      { advert: 'Crèche vouchers', offer: 'Childcare support', same: false },
    ])
    expect(pairBenefits(advert, offer, unpaired).missing).toEqual(['Crèche vouchers'])
  })

  it('decide what the offer check reports missing and added', () => {
    const reported = (overrides: Parameters<typeof pairTermsBenefits>[2]) =>
      benefitFindings(
        pairTermsBenefits(terms({ benefits: advert }), terms({ benefits: offer }), overrides),
      ).map((f) => f.figures.benefit)
    expect(reported([])).toEqual(['Crèche vouchers', 'Childcare support'])
    expect(
      reported([{ advert: 'Crèche vouchers', offer: 'Childcare support', same: true }]),
    ).toEqual([])
    expect(reported([{ advert: 'Pension', offer: 'Pension 5% matched', same: false }])).toEqual([
      'Crèche vouchers',
      'Pension',
      'Childcare support',
      'Pension 5% matched',
    ])
  })

  it('leave out of missing and added a benefit the other side states as a figure', () => {
    const pension = { ...noCompensation(), pension: { employerPercent: 5, youPayPercent: null } }
    const pairs = pairTermsBenefits(
      terms({ benefits: advert }),
      terms({ benefits: offer, comp: pension }),
      [{ advert: 'Pension', offer: 'Pension 5% matched', same: false }],
    )
    expect(pairs.missing).toEqual(['Crèche vouchers'])
    expect(pairs.added).toEqual(['Childcare support', 'Pension 5% matched'])
  })
})
