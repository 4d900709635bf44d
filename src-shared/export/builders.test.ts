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
import { DEFAULT_LOCALE } from '../domain/locale'

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
  it('compares the offer to the advert in a compact table with the gap as a figure', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    const comparison = doc.tables.find((t) => t[0]?.[0] === 'Term')
    expect(comparison?.[0]).toEqual(['Term', 'Advert', 'Offer', 'Gap'])
    expect(comparison?.[1]).toEqual([
      'Base pay',
      '€65,000 to €75,000 a year',
      '€62,000 a year',
      '−€3,000 a year',
    ])
    expect(comparison?.[2]?.[3]).toBe('—')
  })

  it('opens with a one-paragraph summary and does not repeat it in the table', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    const summary = `${sampleNotes.verdict} ${sampleNotes.reasons.join(' ')}`
    expect(doc.paragraphs[2]).toBe(summary)
    const table = doc.tables
      .find((t) => t[0]?.[0] === 'Term')!
      .flat()
      .join('\n')
    for (const reason of sampleNotes.reasons) expect(table).not.toContain(reason)
  })

  it('leads the talking points with the target and walk-away figures', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    const at = doc.paragraphs.indexOf('Talking points')
    expect(doc.paragraphs.slice(at + 1, at + 4)).toEqual([
      'Ask for: €70,000 a year',
      'Walk away below: €65,000 a year',
      sampleNotes.talkingPoints[0],
    ])
  })

  it('writes dollar figures so US, Canadian and Australian dollars cannot be confused', async () => {
    const figuresIn = async (currency: string) => {
      const doc = await read(
        buildNegotiationNotes({
          ...sampleNotes,
          locale: DEFAULT_LOCALE,
          target: money(10_000_000, currency),
          walkAway: money(9_000_000, currency),
        }),
      )
      return doc.paragraphs.find((p) => p.startsWith('Ask for: '))
    }
    expect(await figuresIn('USD')).toBe('Ask for: US$100,000 a year')
    expect(await figuresIn('CAD')).toBe('Ask for: CA$100,000 a year')
    expect(await figuresIn('AUD')).toBe('Ask for: A$100,000 a year')
  })

  it('uses real headings, the user’s name as typed and the date written out', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    expect(doc.styles).toContain('Heading1')
    expect(doc.paragraphs).toContain(
      'Senior Data Analyst, Forecasting and Network Planning at Dúlra Analytics Teoranta, prepared by Zoë Ó Briain on Monday 14 December 2026',
    )
    expect(doc.paragraphs).toContain('The offer is not in writing yet.')
    expect(doc.paragraphs.some((p) => p.includes('I was expecting €70,000'))).toBe(true)
  })

  it('lets table rows split across pages, repeats the header row, keeps headings with the next', async () => {
    const doc = await read(buildNegotiationNotes(sampleNotes))
    expect(doc.xml).not.toContain('<w:cantSplit/>')
    expect(doc.xml).toContain('<w:tblHeader/>')
    const styles = strFromU8(
      unzipSync(new Uint8Array(await Packer.toBuffer(buildNegotiationNotes(sampleNotes))))[
        'word/styles.xml'
      ]!,
    )
    for (const id of ['Heading1', 'Heading2']) {
      const style = new RegExp(`<w:style[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(
        styles,
      )![0]
      expect(style).toContain('<w:keepNext/>')
    }
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
    expect(doc.paragraphs).toContain('Ask for: Not set yet')
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
