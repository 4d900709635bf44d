import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import type { Interviewer } from '../domain'
import { readDocx } from '../../tests/support/readDocx'
import { cardsFromRound } from './cardsFromRound'
import { buildThankYouCards } from './thankYouCard'

const person = (id: string, name: string, discussed: string): Interviewer => ({
  id,
  name,
  title: 'Head of Analytics',
  email: '',
  phone: '',
  linkedIn: '',
  discussed,
})

const round = {
  interviewers: [
    person('i1', 'Priya Shah', 'the depot forecasting model'),
    person('i2', 'Tom Okafor', 'peak-season planning'),
  ],
}
const opportunity = { company: 'Northwind Logistics', role: 'Senior Data Analyst' }

describe('thank-you cards from an interview round', () => {
  it('writes one card per interviewer that mentions what was discussed with them', async () => {
    const input = cardsFromRound(opportunity, round, 'Alex Morgan', '2026-12-07')
    expect(input.cards.map((c) => c.greeting)).toEqual(['Dear Priya,', 'Dear Tom,'])
    expect(input.cards[0]!.message).toContain('depot forecasting model')
    expect(input.cards[1]!.message).toContain('peak-season planning')
    expect(input.cards[0]!.message).not.toContain('Alex Morgan')
    const doc = readDocx(new Uint8Array(await Packer.toBuffer(buildThankYouCards(input))))
    const text = doc.paragraphs.join('\n')
    expect(text).toContain('Dear Tom,')
    expect(text).toContain('With best wishes,')
    expect(text).toContain('Monday 7 December 2026')
  })

  it('prints the text the user edited instead of the draft', () => {
    const input = cardsFromRound(opportunity, round, 'Alex Morgan', '2026-12-07', {
      i2: 'Hi Tom,\n\nThanks for the tour of the cross-dock.\n\nCheers,\nAlex',
    })
    expect(input.cards[1]).toMatchObject({
      greeting: 'Hi Tom,',
      message: 'Thanks for the tour of the cross-dock.',
      signOff: 'Cheers,',
    })
  })
})
