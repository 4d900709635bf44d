import { describe, expect, it } from 'vitest'
import type { Opportunity } from '../domain/opportunity'
import { acme } from '../domain/testData'
import type { TimeZone } from '../domain/time'
import { applicationsCsv, csvCell } from './applicationsCsv'

const LONDON = 'Europe/London' as TimeZone

/** Splits CSV text into rows of cells (RFC 4180), to read back what was written. */
function parse(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') endCell()
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell()
      rows.push(row)
      row = []
      i++
    } else cell += c
  }
  return rows
}

function zoe(): Opportunity {
  const o = acme()
  return {
    ...o,
    company: 'Société Générale, Paris',
    role: 'Head of "Data"',
    stage: 'offer',
    agency: { name: 'Hays', consultant: 'Zoë Ó Briain', email: '', phone: '' },
    notes: '=HYPERLINK("http://evil.example")\nsecond line',
    offerReceivedOn: '2026-04-02',
    history: [
      { from: null, to: 'interviewed', at: Date.UTC(2026, 2, 3, 23, 30) },
      { from: 'interviewed', to: 'offer', at: Date.UTC(2026, 3, 2, 9) },
    ],
    messages: [{ id: 'm1', kind: 'thank-you', to: 'employer', at: Date.UTC(2026, 2, 3, 18) }],
    tags: ['Fintech', 'dream job', '@home'],
  }
}

describe('applications as CSV', () => {
  it('writes one row per application with its stage history, dates in the user’s zone', () => {
    const [head, row] = parse(applicationsCsv([zoe()], LONDON).slice(1))
    const cell = (name: string) => row![head!.indexOf(name)]
    expect(cell('Company')).toBe('Société Générale, Paris')
    expect(cell('Role')).toBe('Head of "Data"')
    expect(cell('Stage')).toBe('Offer')
    expect(cell('Interviewers')).toBe('Priya Shah; Tom Ellis')
    expect(cell('Agency')).toBe('Hays — Zoë Ó Briain')
    expect(cell('Offer received')).toBe('2026-04-02')
    expect(cell('Messages sent')).toBe('1')
    // 23:30 UTC on 3 March is still 3 March in London; 09:00 UTC on 2 April is 10:00 BST.
    expect(cell('Stage history')).toBe('2026-03-03 Interviewed; 2026-04-02 Offer')
    expect(cell('Tags')).toBe('Fintech; dream job; @home')
    expect(cell('Archived on')).toBe('')
    expect(cell('Notes')).toBe(`'=HYPERLINK("http://evil.example")\nsecond line`)
  })

  it('says when an application was archived, and reads one from before tags as untagged', () => {
    const { tags: _t, ...old } = { ...zoe(), stage: 'rejected' as const }
    const archived = { ...old, archivedAt: Date.UTC(2026, 4, 31, 23, 30) } as Opportunity
    const [head, row] = parse(applicationsCsv([archived], LONDON).slice(1))
    const cell = (name: string) => row![head!.indexOf(name)]
    // 23:30 UTC on 31 May is already 1 June in London (BST).
    expect(cell('Archived on')).toBe('2026-06-01')
    expect(cell('Tags')).toBe('')
  })

  it('starts with a byte-order mark and ends every row with CRLF, as Excel expects', () => {
    const text = applicationsCsv([zoe(), acme()], LONDON)
    expect(text.startsWith('\uFEFFCompany,Role,')).toBe(true)
    expect(parse(text.slice(1))).toHaveLength(3)
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('never leaves a cell a spreadsheet would run as a formula', () => {
    for (const formula of ['=1+1', '+44 20 7946 0000', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/)
    }
    expect(csvCell('Priya Shah')).toBe('Priya Shah')
    expect(csvCell(' padded ')).toBe('" padded "')
  })
})
