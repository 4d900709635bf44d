import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsvFile } from './csvFile'

const FIXTURES = join(__dirname, '../../tests/fixtures/import')
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)))
const bytes = (text: string) => new TextEncoder().encode(text)

function table(input: Uint8Array) {
  const read = readCsvFile(input)
  if (!read.ok) throw new Error(`refused: ${read.error.kind}`)
  return read.table
}

describe('readCsvFile: encodings', () => {
  it('reads UTF-8 with and without a byte-order mark alike', () => {
    const text = 'Company,Role\r\nSociété Générale,Analyste\r\n'
    const plain = table(bytes(text))
    const marked = table(bytes(`\uFEFF${text}`))
    expect(plain).toEqual(marked)
    expect(plain).toMatchObject({
      header: ['Company', 'Role'],
      rows: [['Société Générale', 'Analyste']],
      encoding: 'utf-8',
      delimiter: ',',
    })
  })

  it('reads a UTF-16 sheet saved with tabs, little- and big-endian', () => {
    const le = table(fixture('utf16.csv'))
    expect(le.encoding).toBe('utf-16le')
    expect(le.delimiter).toBe('\t')
    expect(le.rows[0]).toEqual([
      'Ardmore Ó Briain & Co',
      'Head of Finance Operations',
      'Interviewing',
      '24/02/2026',
      '£52,000',
      'GBP',
      'Dublin',
      'Siobhán is the hiring manager',
    ])
    const text = new TextDecoder('utf-16le').decode(fixture('utf16.csv').slice(2))
    const be = new Uint8Array(2 + text.length * 2)
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      be[2 + i * 2] = text.charCodeAt(i) >> 8
      be[3 + i * 2] = text.charCodeAt(i) & 0xff
    }
    expect(table(be)).toEqual({ ...le, encoding: 'utf-16be' })
  })

  it('reads bytes that are not UTF-8 as Windows-1252, with the euro and pound signs', () => {
    const home = table(fixture('homemade-1252.csv'))
    expect(home.encoding).toBe('windows-1252')
    expect(home.delimiter).toBe(';')
    expect(home.rows.map((r) => r[0])).toEqual([
      'Société Générale',
      'Müller & Söhne GmbH',
      'Café Crème SARL',
      'Ørsted',
      'Straße AG',
    ])
    expect(home.rows[0]![5]).toBe('85.000 €')
  })
})

describe('readCsvFile: what it refuses, and why', () => {
  it('refuses an empty file, blank lines and a header without rows', () => {
    expect(readCsvFile(new Uint8Array())).toEqual({ ok: false, error: { kind: 'empty' } })
    expect(readCsvFile(bytes('\uFEFF\r\n  \r\n'))).toEqual({ ok: false, error: { kind: 'empty' } })
    expect(readCsvFile(bytes('Company,Role\r\n\r\n'))).toEqual({
      ok: false,
      error: { kind: 'header-only' },
    })
  })

  it('refuses a binary file: a spreadsheet’s own format, an image', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])
    expect(readCsvFile(xlsx)).toEqual({ ok: false, error: { kind: 'binary' } })
    const utf16WithNul = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00])
    expect(readCsvFile(utf16WithNul)).toEqual({ ok: false, error: { kind: 'binary' } })
  })

  it('says so when only one column is found: a separator it does not know', () => {
    expect(readCsvFile(bytes('Company:Role\nAcme:Analyst\nGlobex:Engineer\n'))).toEqual({
      ok: false,
      error: { kind: 'one-column' },
    })
  })

  it('refuses a file whose quotation mark is never closed, naming the row', () => {
    expect(readCsvFile(fixture('malformed.csv'))).toEqual({
      ok: false,
      error: { kind: 'unclosed-quote', row: 4 },
    })
  })

  it('lists a row with more cells than the header by its spreadsheet row number, and reads the rest', () => {
    const read = table(bytes('Company,Role\n\nAcme,Analyst\nGlobex,Engineer,Platform\nInitech,\n'))
    expect(read.rows).toEqual([
      ['Acme', 'Analyst'],
      ['Initech', ''],
    ])
    expect(read.rowNumbers).toEqual([3, 5])
    expect(read.badRows).toEqual([{ row: 4, problem: expect.stringContaining('3 cells') }])
  })
})

describe('readCsvFile: formulas', () => {
  it('keeps formula-looking cells as text, and takes off the apostrophe this app’s export adds', () => {
    const read = table(bytes(`Company,Notes\r\n=HYPERLINK("x"),'=1+1\r\n@SUM(A1),'-2\r\n`))
    expect(read.rows).toEqual([
      ['=HYPERLINK("x")', '=1+1'],
      ['@SUM(A1)', '-2'],
    ])
  })
})
