import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE as GB } from '../domain/locale'
import { currencyCode } from '../domain/money'
import { counterOfferDraft, readCounterOffer } from './counterOffer'

const EUR = currencyCode('EUR')

describe('the counter-offer form', () => {
  it('reads pay in the offer’s currency and shows it back unchanged', () => {
    const d = {
      pay: '60,000',
      pension: '5',
      note: ' A review in six months ',
      choice: 'stay' as const,
    }
    const reading = readCounterOffer(d, EUR, GB)
    expect(reading).toEqual({
      ok: true,
      value: {
        pay: { amount: 6_000_000, currency: 'EUR' },
        pensionPercent: 5,
        note: 'A review in six months',
        choice: 'stay',
      },
    })
    if (reading.ok)
      expect(counterOfferDraft(reading.value, GB)).toEqual({
        ...d,
        pay: '60000',
        note: 'A review in six months',
      })
  })

  it('names an empty or zero pay and a pension over 100%, saving nothing', () => {
    const zero = readCounterOffer(
      { pay: '0', pension: '140', note: '', choice: 'weighing' },
      EUR,
      GB,
    )
    expect(zero).toEqual({
      ok: false,
      errors: {
        counterPay: 'Their counter-offer: pay of nothing cannot be weighed.',
        counterPension: 'Their pension: a percentage from 0 to 100.',
      },
    })
    const empty = readCounterOffer({ pay: '', pension: '', note: '', choice: 'weighing' }, EUR, GB)
    expect(empty.ok).toBe(false)
    if (!empty.ok) expect(empty.errors['counterPay']).toMatch(/^Their counter-offer: /)
  })
})
