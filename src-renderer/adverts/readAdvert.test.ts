import { describe, expect, it } from 'vitest'
import type { LocaleTag } from '@shared/domain/locale'
import { decodeText, readAdvertFile, readPage } from './readAdvert'
import { readSavedPage } from './page'

const ctx = { locale: 'en-GB' as LocaleTag, readOn: '2027-01-20' }
const PAGE = `<!doctype html><html><head><title>Job</title>
<script type="application/ld+json">{ "@type": "JobPosting", "title": "Café manager",
  "hiringOrganization": "Zoë’s Kitchen", "jobLocationType": "TELECOMMUTE",
  "baseSalary": { "@type": "MonetaryAmount", "currency": "USD",
    "value": { "@type": "QuantitativeValue", "value": 24.5, "unitText": "HOUR" } } }</script>
<script type="application/ld+json">{ damaged </script>
<script>document.title = 'ran'</script><style>p { color: red }</style></head>
<body><h1>Café manager</h1><p>Holiday: 20 days</p><ul><li>Free meals</li><li>Tips</li></ul>
<p hidden>Salary: $99,000</p></body></html>`

describe('readSavedPage', () => {
  it('takes the JSON-LD that parses and the visible text, never script or style text', () => {
    const page = readSavedPage(PAGE)
    expect(page.jsonLd).toHaveLength(1)
    expect(page.text).toBe('Café manager\n\nHoliday: 20 days\n• Free meals\n• Tips')
  })
})

describe('readPage', () => {
  it('proposes the page data first and the text for the rest', () => {
    const { terms } = readPage(PAGE, ctx)
    expect(terms.map((t) => t.key)).toEqual(['company', 'role', 'pay', 'holiday', 'arrangement'])
    expect(terms).toContainEqual(
      expect.objectContaining({
        key: 'pay',
        pay: { min: 2450, max: 2450, currency: 'USD', period: 'hour' },
      }),
    )
    expect(terms).toContainEqual(
      expect.objectContaining({ key: 'arrangement', arrangement: 'remote' }),
    )
  })
})

describe('decodeText', () => {
  it('reads UTF-8, UTF-16 with its mark and Windows-1252, and refuses binary', () => {
    expect(decodeText(new TextEncoder().encode('Zoë'))).toBe('Zoë')
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x5a, 0, 0xeb, 0]))).toBe('Zë')
    expect(decodeText(new Uint8Array([0x5a, 0x6f, 0xeb]))).toBe('Zoë')
    expect(
      decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toBeNull()
  })
})

describe('readAdvertFile', () => {
  it('refuses an empty file, a blank one and a binary one with their reasons', async () => {
    expect(await readAdvertFile('a.html', new Uint8Array(), ctx)).toEqual({
      ok: false,
      problem: 'empty-advert',
    })
    expect(await readAdvertFile('a.txt', new TextEncoder().encode(' \n '), ctx)).toEqual({
      ok: false,
      problem: 'empty-advert',
    })
    expect(await readAdvertFile('a.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), ctx)).toEqual({
      ok: false,
      problem: 'not-an-advert',
    })
  })

  it('refuses a file named .pdf that is not a PDF as unreadable', async () => {
    expect(await readAdvertFile('advert.pdf', new TextEncoder().encode('hello'), ctx)).toEqual({
      ok: false,
      problem: 'unreadable-pdf',
    })
  })

  it('reads plain text as pasted text', async () => {
    const read = await readAdvertFile('advert.txt', new TextEncoder().encode('Salary £30,000'), ctx)
    expect(read).toMatchObject({ ok: true, text: 'Salary £30,000', terms: [{ key: 'pay' }] })
  })
})
