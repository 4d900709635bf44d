import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { buildStartPlan } from '../export/startPlan'
import { emptyNotes, entryFromDraft, newDraft } from '../offers/draft'
import type { OfferEntry } from '../offers/entry'
import { readDocx } from '../../tests/support/readDocx'
import { makePlan, planExport, timelineSteps, type PlanChoices } from './plan'
import { MONTHS_NOTICE } from './testData'
import { DEFAULT_LOCALE } from '../domain/locale'

const NOW = Date.UTC(2026, 11, 14, 9) // Monday 14 December 2026, 09:00 in London
const job = MONTHS_NOTICE
const choices: PlanChoices = {
  breakDays: 14,
  preferMondayStart: false,
  noticeGivenOn: null,
  gardenLeave: false,
  contactName: 'Priya Shah',
}
const settings = { region: 'GB-ENG', timeZone: 'Europe/London' }

function accepted(proposedStart: string): OfferEntry {
  const d = newDraft('2026-12-10')
  d.company = 'Northwind Logistics'
  d.role = 'Senior Data Analyst'
  d.offer.payMin = '50000'
  d.inWriting = true
  d.contractSigned = true
  d.proposedStart = proposedStart
  return entryFromDraft(
    d,
    {
      id: 'o1',
      opportunityId: 'p1',
      negotiation: emptyNotes(),
      letter: null,
      decision: 'accepted',
    },
    DEFAULT_LOCALE,
  )
}

function plan(entry: OfferEntry) {
  const result = makePlan(entry, job, choices, settings, 'Alex Morgan', NOW)
  if (!result.ok) throw new Error(result.message)
  return result.plan
}

describe('start plan for the screen and the export', () => {
  it('counts a month of notice and a two-week break, and flags an employer date inside them', () => {
    const p = plan(accepted('2027-01-11'))
    expect(p.resignation.givenOn).toBe('2026-12-14')
    expect(p.employmentEnds).toBe('2027-01-14')
    expect(p.recommendedStart).toBe('2027-01-29')
    expect(p.conflicts).toHaveLength(1)
    expect(p.conflicts[0]!.counterDate).toBe('2027-01-29')
    expect(p.conflicts[0]!.draft?.body).toContain('Dear Priya,')
  })

  it('has no conflict once the employer agrees the counter-date', () => {
    expect(plan(accepted('2027-01-29')).conflicts).toEqual([])
  })

  it('exports the timeline, the conflict with its counter-date and the edited draft', async () => {
    const entry = accepted('2027-01-11')
    const input = planExport(entry, plan(entry), 'Alex Morgan', {
      'before-notice-ends': 'Dear Priya,\n\nCould we say Friday 29 January?',
    })
    const doc = readDocx(new Uint8Array(await Packer.toBuffer(buildStartPlan(input))))
    expect(doc.tables[0]?.[0]).toEqual([
      'Resign on\nMon 14 Dec 2026',
      'Last working day\nThu 14 Jan 2027',
      'Start\nFri 29 Jan 2027',
    ])
    expect(doc.paragraphs).toContain('Suggest instead: Friday 29 January 2027')
    expect(doc.paragraphs).toContain('Could we say Friday 29 January?')
    const timeline = doc.tables.find((t) => t[0]?.[0] === 'Date')!
    expect(timeline.at(-1)?.[2]).toMatch(
      /^They asked for Monday 11 January 2027\. Friday 29 January 2027 is the first working day after your notice ends/,
    )
    // Every date in the document is in words, the conflict's explanation included.
    expect([...doc.paragraphs, ...doc.tables.flat(2)].join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it('skips the bank holidays of the user’s region when it picks a start date', () => {
    // Not employed, a 20-day break from tomorrow: free from Monday 4 January 2027, which is a
    // bank holiday in Scotland (for 2 January, a Saturday) and a working day in England.
    const entry = accepted('2027-01-04')
    const free = { ...choices, breakDays: 20 }
    const inRegion = (region: string) => {
      const result = makePlan(entry, null, free, { ...settings, region }, 'Alex Morgan', NOW)
      if (!result.ok) throw new Error(result.message)
      return result.plan
    }
    expect(inRegion('GB-ENG').recommendedStart).toBe('2027-01-04')
    expect(inRegion('GB-ENG').conflicts).toEqual([])
    expect(inRegion('GB-SCT').recommendedStart).toBe('2027-01-05')
    expect(inRegion('GB-SCT').conflicts.map((c) => c.counterDate)).toEqual(['2027-01-05'])
  })

  it('takes today from the user’s time zone', () => {
    const lateEvening = Date.UTC(2026, 11, 14, 23, 30) // already 15 December in New Zealand
    const today = (timeZone: string) => {
      const result = makePlan(
        accepted('2027-01-29'),
        job,
        choices,
        { ...settings, timeZone },
        '',
        lateEvening,
      )
      return result.ok ? result.plan.today : null
    }
    expect(today('Europe/London')).toBe('2026-12-14')
    expect(today('Pacific/Auckland')).toBe('2026-12-15')
  })

  it('shows conditions and the contract as done, or dated by the return deadline', () => {
    const signed = accepted('2027-01-29')
    const steps = timelineSteps(signed, plan(signed))
    expect(steps.map((s) => s.label).slice(0, 4)).toEqual([
      'Today',
      'Offer in writing',
      'Conditions cleared',
      'Contract signed and returned',
    ])
    expect(steps[2]).toMatchObject({ date: null, done: true, note: 'The offer has no conditions.' })
    expect(steps[3]).toMatchObject({ date: null, done: true })

    const d = newDraft('2026-12-10')
    Object.assign(d, { company: 'Northwind', role: 'Analyst', inWriting: true })
    d.offer.payMin = '50000'
    d.contractReturnBy = '2026-12-18'
    d.conditions.references = 'outstanding'
    const pending = entryFromDraft(
      d,
      {
        id: 'o2',
        opportunityId: 'p1',
        negotiation: emptyNotes(),
        letter: null,
        decision: 'pending',
      },
      DEFAULT_LOCALE,
    )
    const open = timelineSteps(pending, plan(pending))
    expect(open[2]).toMatchObject({ date: null, done: false, note: '1 still outstanding.' })
    expect(open[3]).toMatchObject({ date: '2026-12-18', note: 'The day they want it back by.' })
  })

  it('prints Done for a step behind the user and To be set for one not yet dated', async () => {
    const entry = accepted('2027-01-29')
    const input = planExport(entry, plan(entry), 'Alex Morgan')
    input.steps.push({ date: null, label: 'Something pending', note: '' })
    const doc = readDocx(new Uint8Array(await Packer.toBuffer(buildStartPlan(input))))
    const timeline = doc.tables.find((t) => t[0]?.[0] === 'Date')!
    const row = (label: string) => timeline.find((r) => r[1] === label)
    expect(row('Conditions cleared')?.[0]).toBe('Done')
    expect(row('Contract signed and returned')?.[0]).toBe('Done')
    expect(row('Something pending')?.[0]).toBe('To be set')
  })

  it('explains impossible input instead of failing', () => {
    const result = makePlan(
      accepted('2027-01-11'),
      { ...job, noticeLength: -1 },
      choices,
      settings,
      '',
      NOW,
    )
    expect(result).toMatchObject({ ok: false })
  })
})
