import { describe, expect, it } from 'vitest'
import { noCompensation } from '../domain/compensation'
import { money, payRate } from '../domain/money'
import type { CounterOffer } from '../domain/offer'
import { weighCounterOffer } from './counterOffer'
import { declineCounterOfferDraft, declineOfferToStayDraft } from './drafts/counterOffer'
import { terms } from './testing/offerFixtures'
import { DEFAULT_LOCALE as GB } from '../domain/locale'

const counter = (amount: number, pensionPercent: number | null = 5): CounterOffer => ({
  pay: money(amount, 'EUR'),
  pensionPercent,
  note: 'A review in six months',
  choice: 'weighing',
})
/** €62,000 with an 8% pension: €66,960 in the first year. */
const offer = terms({
  pay: payRate(6_200_000, 6_200_000, 'EUR', 'year'),
  comp: { ...noCompensation(), pension: { employerPercent: 8, youPayPercent: null } },
})

describe('weighing a counter-offer', () => {
  it('finds the new offer worth more than a €60,000 counter-offer with a 5% pension', () => {
    const w = weighCounterOffer(offer, counter(6_000_000), GB)
    // Staying: 60,000 + 3,000 = 63,000. Going: 62,000 + 4,960 = 66,960.
    expect(w).toMatchObject({
      stay: money(6_300_000, 'EUR'),
      go: money(6_696_000, 'EUR'),
      better: 'offer',
      difference: money(396_000, 'EUR'),
    })
    expect(w.explanation).toMatch(
      /^The new offer is worth €66,960 in its first year, €3,960 more than the €63,000 your employer offers to keep you\. Pay is rarely the only reason/,
    )
  })

  it('finds staying worth more when the counter-offer is higher, and says so', () => {
    const w = weighCounterOffer(offer, counter(6_800_000, null), GB)
    expect(w).toMatchObject({ better: 'counter', difference: money(104_000, 'EUR') })
    expect(w.explanation).toMatch(
      /^Staying is worth €68,000 a year, €1,040 more than the new offer's first year of €66,960\./,
    )
  })

  it('does not compare a counter-offer in another currency', () => {
    const w = weighCounterOffer(offer, { ...counter(6_000_000), pay: money(5_200_000, 'GBP') }, GB)
    expect(w.better).toBe('other-currency')
    expect(w.difference).toBeNull()
  })

  it('refuses a counter-offer of nothing or a pension over 100%, naming the field', () => {
    expect(() => weighCounterOffer(offer, counter(0), GB)).toThrow(/counterOffer\.pay/)
    expect(() => weighCounterOffer(offer, counter(6_000_000, 140), GB)).toThrow(
      /counterOffer\.pensionPercent/,
    )
  })

  it('drafts a polite letter either way', () => {
    const base = {
      sender: 'Zoë Ångström-Fairweather',
      company: 'Café Lumière Économie SAS',
      role: 'Responsable des données',
      currentEmployer: 'Nordlicht Analytik GmbH',
    }
    const leave = declineCounterOfferDraft({ ...base, recipientName: 'Dr Jürgen Weiß' })
    expect(leave.body).toMatch(/^Dear .*Weiß,/)
    expect(leave.body).toContain('would like me to stay at Nordlicht Analytik GmbH')
    expect(leave.body).toContain('make the handover smooth')
    const stay = declineOfferToStayDraft({ ...base, recipientName: 'Hélène Dubois' })
    expect(stay.body).toContain('offering me the Responsable des données role')
    expect(stay.body).toContain('I have decided to stay with my current employer')
    expect(stay.body).toMatch(/Zoë Ångström-Fairweather$/)
  })
})
