import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import type { Interviewer } from '../domain'
import { thankYouCardDraft } from '../rules/drafts/thankYou'
import { RuleInputError } from '../rules/errors'
import { readDocx } from '../../tests/support/readDocx'
import { sampleCard } from '../../tests/support/exportSamples'
import { cardFor } from './card'
import { paperFor } from './document'
import { buildThankYouCard, MAX_CARD_MESSAGE } from './thankYouCard'

const siobhan: Interviewer = {
  id: 'i1',
  name: 'Siobhán Ní Dhuibhir',
  title: 'Head of Analytics',
  email: 'siobhan@northwind.example',
  phone: '',
  linkedIn: '',
  discussed: 'the Kubernetes migration and the Python tooling behind it',
}
const opportunity = {
  company: 'Northwind Logistics',
  role: 'Senior Data Analyst, Forecasting and Network Planning',
}
const about = { ownerName: 'Zoë Ó Briain', writtenOn: '2026-12-07', paper: 'a4' } as const
const draftFor = (person: Interviewer) =>
  thankYouCardDraft({ sender: 'Zoë Ó Briain', ...opportunity, interviewer: person }).body

async function read(input: Parameters<typeof buildThankYouCard>[0]) {
  return readDocx(new Uint8Array(await Packer.toBuffer(buildThankYouCard(input))))
}

describe('a thank-you card for one interviewer', () => {
  it('prints the draft to that person only, with the names as typed', async () => {
    const doc = await read(cardFor(opportunity, siobhan, draftFor(siobhan), about))
    const text = doc.paragraphs.join('\n')
    expect(text).toContain('Dear Siobhán,')
    expect(text).toContain('the Kubernetes migration and the Python tooling behind it')
    expect(text).toContain('With best wishes,')
    expect(text).toContain('Monday 7 December 2026')
    expect(doc.paragraphs).toContain('Zoë Ó Briain')
    expect(doc.paragraphs).toContain('Head of Analytics, Northwind Logistics')
    expect(doc.xml.match(/<w:sectPr/g)).toHaveLength(1)
  })

  it('prints the text the user edited, signed with the name they wrote', () => {
    const edited = 'Hi Siobhán,\n\nThanks for the tour of the Dublin depot.\n\nCheers,\nZoë'
    expect(cardFor(opportunity, siobhan, edited, about)).toMatchObject({
      ownerName: 'Zoë',
      card: {
        greeting: 'Hi Siobhán,',
        message: 'Thanks for the tour of the Dublin depot.',
        signOff: 'Cheers,',
      },
    })
  })

  it('refuses a draft that still has a bracketed gap, naming the field', () => {
    const blank = draftFor({ ...siobhan, discussed: '' })
    expect(blank).toMatch(/\[Add something/)
    const build = () => buildThankYouCard(cardFor(opportunity, siobhan, blank, about))
    expect(build).toThrow(RuleInputError)
    expect(build).toThrow(expect.objectContaining({ kind: 'unfilled-gap', field: 'card.message' }))
  })

  it('refuses a message too long for its half of the sheet rather than cutting it', () => {
    const long = {
      ...sampleCard,
      card: { ...sampleCard.card, message: 'é'.repeat(MAX_CARD_MESSAGE + 1) },
    }
    expect(() => buildThankYouCard(long)).toThrow(expect.objectContaining({ kind: 'too-long' }))
  })

  it('folds at the middle of an A4 or a Letter sheet with a faint dashed guide', async () => {
    for (const [paper, width, height] of [
      ['a4', 11906, 16838],
      ['letter', 12240, 15840],
    ] as const) {
      const doc = await read({ ...sampleCard, paper })
      expect(doc.xml).toContain(`<w:pgSz w:w="${width}" w:h="${height}"`)
      const rows = [...doc.xml.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="exact"\/>/g)]
      const top = Number(/<w:pgMar w:top="(\d+)"/.exec(doc.xml)![1])
      expect(rows).toHaveLength(2)
      expect(top + Number(rows[0]![1])).toBe(Math.floor(height / 2))
      expect(doc.xml).toMatch(/<w:top w:val="dashed" w:color="C9CED8"/)
    }
  })

  it('chooses Letter for North American locales and A4 elsewhere', () => {
    expect(paperFor('en-US')).toBe('letter')
    expect(paperFor('fr-CA')).toBe('letter')
    expect(paperFor('en-IE')).toBe('a4')
    expect(paperFor('de-DE')).toBe('a4')
  })
})
