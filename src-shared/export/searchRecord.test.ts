import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../tests/support/readDocx'
import { searchRecordSources } from '../../tests/support/searchRecordFixture'
import { buildSearchRecord, searchRecordFrom } from './searchRecord'

const options = {
  from: '2027-01-01',
  to: '2027-02-28',
  timeZone: 'Europe/London',
  ownerName: 'Aoife Ní Bhraonáin',
  preparedOn: '2027-03-01',
}

async function read(input: ReturnType<typeof searchRecordFrom>) {
  return readDocx(new Uint8Array(await Packer.toBuffer(buildSearchRecord(input))))
}

describe('the record of my job search', () => {
  it('lists the applications in the range with the day each began and how it ended', async () => {
    const doc = await read(searchRecordFrom(searchRecordSources(), options))
    expect(doc.paragraphs[0]).toBe('Record of my job search')
    expect(doc.paragraphs[1]).toBe(
      'Friday 1 January 2027 to Sunday 28 February 2027, Aoife Ní Bhraonáin. Prepared on Monday 1 March 2027.',
    )
    expect(doc.tables[1]).toEqual([
      ['Company', 'Role', 'Since', 'Outcome'],
      [
        'Ó Briain & Daughters Ltd',
        'Senior Data Analyst',
        'Fri 8 Jan 2027',
        'Offer received Wed 10 Feb 2027',
      ],
      [
        'Müller & Söhne Präzisionstechnik GmbH',
        'Embedded Software Engineer',
        'Fri 15 Jan 2027',
        'Not successful, told Tue 2 Feb 2027',
      ],
      [
        'Northwind Logistics',
        'Analytics Lead',
        'Tue 9 Feb 2027',
        'Withdrawn: took the offer from Ó Briain & Daughters',
      ],
    ])
  })

  it('gives each interview its kind and everyone met, and the follow-ups sent in date order', async () => {
    const doc = await read(searchRecordFrom(searchRecordSources(), options))
    expect(doc.tables[2]![1]).toEqual([
      'Tue 12 Jan 2027',
      'Ó Briain & Daughters Ltd',
      'Video call',
      'Siobhán Ní Dhuibhir (Head of Analytics), Jean-Luc Périgord (Finance Director), Zoë Hartley-Wynne (HR Partner)',
    ])
    expect(doc.tables[2]!.map((row) => row[0])).toEqual([
      'Date',
      'Tue 12 Jan 2027',
      'Wed 20 Jan 2027',
      'Tue 26 Jan 2027',
      'Mon 15 Feb 2027',
    ])
    expect(doc.tables[2]![4]![3]).toBe('Not noted')
    expect(doc.tables[3]!.slice(1).map((row) => row[2])).toEqual([
      'Thank Siobhán Ní Dhuibhir for the interview',
      'Thank Jean-Luc Périgord for the interview',
      'Sent a thank-you card',
      'Thanked them after the decision',
      'Asked for feedback',
      'Asked for news',
    ])
    expect(doc.paragraphs.at(-1)).toBe(
      'In all: 3 applications, 4 interviews and 6 follow-ups sent.',
    )
  })

  it('leaves out what happened before the range, and says when a range holds nothing', async () => {
    const doc = await read(
      searchRecordFrom(searchRecordSources(), { ...options, to: '2027-01-05' }),
    )
    expect(doc.xml).not.toContain('Contoso')
    expect(doc.paragraphs).toContain('No applications between these dates.')
    expect(doc.paragraphs).toContain('No interviews between these dates.')
    expect(doc.paragraphs).toContain('No follow-ups between these dates.')
  })

  it('counts a day in the user’s time zone: a message sent late on 28 February in Los Angeles', () => {
    const sources = searchRecordSources().slice(0, 1)
    sources[0]!.sent = [{ at: Date.parse('2027-03-01T06:00:00Z'), what: 'Asked for news' }]
    const la = searchRecordFrom(sources, { ...options, timeZone: 'America/Los_Angeles' })
    const london = searchRecordFrom(sources, options)
    expect(la.followUps).toEqual([
      { date: '2027-02-28', company: 'Ó Briain & Daughters Ltd', what: 'Asked for news' },
    ])
    expect(london.followUps).toEqual([])
  })
})
