import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocx, readDocxBase64 } from '../../tests/support/readDocx'
import { sampleCard, sampleNotes, samplePlan } from '../../tests/support/exportSamples'
import { docxToBase64 } from './document'
import { buildNegotiationNotes } from './negotiationNotes'
import { buildStartPlan } from './startPlan'
import { buildThankYouCard } from './thankYouCard'
import { money } from '../domain/money'

async function read(document: Parameters<typeof Packer.toBuffer>[0]) {
  return readDocx(new Uint8Array(await Packer.toBuffer(document)))
}

describe('every export', () => {
  const all = () => [
    buildThankYouCard(sampleCard),
    buildNegotiationNotes(sampleNotes),
    buildStartPlan(samplePlan),
  ]

  it('names fonts that Word and LibreOffice both have, and no symbol font', async () => {
    for (const document of all()) {
      const zip = unzipSync(new Uint8Array(await Packer.toBuffer(document)))
      const xml = ['word/document.xml', 'word/styles.xml'].map((f) => strFromU8(zip[f]!)).join('')
      const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]))
      expect([...fonts].sort()).toEqual(['Calibri', 'Cambria'].filter((f) => fonts.has(f)))
      expect(xml).not.toMatch(/Segoe|Arial|Georgia|[☐☑]/)
    }
  })

  it('names the app, not the user, as author and last editor', async () => {
    for (const document of all()) {
      const zip = unzipSync(new Uint8Array(await Packer.toBuffer(document)))
      const core = strFromU8(zip['docProps/core.xml']!)
      expect(core).toContain('<dc:creator>Afterview</dc:creator>')
      expect(core).toContain('<cp:lastModifiedBy>Afterview</cp:lastModifiedBy>')
      expect(core).not.toMatch(/Zoë|Alex Morgan|Un-named/)
    }
  })
})

describe('negotiation notes', () => {
  it('compares the offer to the advert term by term with the findings', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    const comparison = doc.tables.find((t) => t[0]?.[0] === 'Term')
    expect(comparison?.[1]).toEqual([
      'Base pay',
      '£45,000 to £55,000 a year',
      '£42,000 a year',
      '£3,000 below the band',
    ])
    expect(comparison?.[5]?.[3]).toBe('—')
  })

  it('states the target and walk-away figures with the period, and the verdict first', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    const figures = doc.tables.find((t) => t[1]?.[0] === 'What I will ask for')
    expect(figures?.[1]?.[1]).toBe('£50,000 a year')
    expect(figures?.[2]?.[1]).toBe('£45,000 a year')
    const verdictAt = doc.paragraphs.indexOf(sampleNotes.verdict!)
    expect(verdictAt).toBeGreaterThan(0)
    expect(verdictAt).toBeLessThan(doc.paragraphs.indexOf('The offer against the advert'))
  })

  it('writes dollar figures so US, Canadian and Australian dollars cannot be confused', async () => {
    const figuresIn = async (currency: string) => {
      const doc = await read(
        buildNegotiationNotes({
          ...sampleNotes,
          target: money(10_000_000, currency),
          walkAway: money(9_000_000, currency),
        }),
      )
      return doc.tables.find((t) => t[1]?.[0] === 'What I will ask for')?.[1]?.[1]
    }
    expect(await figuresIn('USD')).toBe('US$100,000 a year')
    expect(await figuresIn('CAD')).toBe('CA$100,000 a year')
    expect(await figuresIn('AUD')).toBe('A$100,000 a year')
  })

  it('uses real headings, the user’s name and the date written out', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    expect(doc.styles).toContain('Heading1')
    expect(doc.paragraphs).toContain(
      'Senior Data Analyst at Northwind Logistics, prepared by Alex Morgan on Monday 14 December 2026',
    )
    expect(doc.paragraphs).toContain('The offer is not in writing yet.')
    expect(doc.paragraphs.some((p) => p.includes('I was expecting £50,000'))).toBe(true)
  })

  it('says plainly when figures and points are not written yet', async () => {
    const doc = await read(
      buildNegotiationNotes({
        ...sampleNotes,
        target: null,
        walkAway: null,
        talkingPoints: [],
        lines: '',
        justification: '',
      }),
    )
    expect(doc.paragraphs).toContain('Not set yet')
    expect(doc.paragraphs).toContain('No talking points yet.')
  })

  it('lays out an A4 page with 25 mm margins', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    expect(doc.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(doc.xml).toMatch(/w:top="1417"/)
  })
})

describe('start plan', () => {
  it('prints the timeline with dates written out and flags the conflicting step', async () => {
    const doc = await read(buildStartPlan(samplePlan))
    const timeline = doc.tables.find((t) => t[0]?.[0] === 'Date')
    expect(timeline?.map((r) => r[0])).toContain('Mon 18 Jan 2027')
    expect(timeline?.at(-1)).toEqual([
      'Mon 1 Feb 2027',
      'Start at Northwind Logistics',
      'The employer asked for 11 January.',
    ])
    expect(doc.tables[0]?.[0]).toEqual([
      'Resign by\nFri 18 Dec 2026',
      'Last working day\nMon 18 Jan 2027',
      'Start\nMon 1 Feb 2027',
    ])
  })

  it('gives each conflict its counter-date and draft, and a checklist with ticks', async () => {
    const doc = await read(buildStartPlan(samplePlan))
    expect(doc.paragraphs).toContain('Suggest instead: Monday 1 February 2027')
    expect(doc.paragraphs).toContain('Dear Priya,')
    expect(doc.paragraphs).toContain('■\tOffer received in writing')
    expect(doc.paragraphs).toContain('□\tReferences cleared')
  })

  it('keeps the message to send in one piece, its greeting with the rest', async () => {
    const doc = await read(buildStartPlan(samplePlan))
    const greeting = /<w:p>(?:(?!<\/w:p>).)*?Dear Priya,/s.exec(doc.xml)?.[0] ?? ''
    expect(greeting).toContain('<w:keepNext/>')
    expect(greeting).toContain('<w:keepLines/>')
    const signature = /<w:p>(?:(?!<\/w:p>).)*?Best wishes,/s.exec(doc.xml)?.[0] ?? ''
    expect(signature).toContain('<w:keepLines/>')
    expect(signature).not.toContain('<w:keepNext/>')
  })

  it('prints "To be set" for a step with no date yet', async () => {
    const doc = await read(
      buildStartPlan({
        ...samplePlan,
        steps: [{ date: null, label: 'Contract returned', note: '' }],
      }),
    )
    expect(doc.tables.find((t) => t[0]?.[0] === 'Date')?.[1]?.[0]).toBe('To be set')
  })
})

describe('bytes for the bridge', () => {
  it('encodes a document as base64 that reads back as the same document', async () => {
    const base64 = await docxToBase64(buildStartPlan(samplePlan))
    expect(readDocxBase64(base64).paragraphs).toContain('Checklist')
  })
})
