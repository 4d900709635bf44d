import { describe, expect, it } from 'vitest'
import { acme } from '../domain/testData'
import { emptyPipeline } from '../domain/records'
import { newReferee } from '../domain/factory'
import { defaultSettings } from '../domain/settings'
import { noCompensation } from '../domain/compensation'
import { defaultChoices } from '../startPlan/record'
import { offer } from '../rules/testing/fixtures'
import { isRecordTable, readRecord, RECORD_SCHEMAS, type RecordTable } from './schemas'

const ACTION = 'a0123456789abcdef'
const entry = { offer: offer(), company: 'Northwind', role: 'Data Analyst', advert: null }
const file = {
  fileId: '0123456789abcdef0123456789abcdef',
  keyB64: 'A'.repeat(43) + '=',
  name: 'Offer letter.pdf',
  size: 48_213,
  mediaType: 'application/pdf',
}

/** What the app itself writes to each table today. */
const written: Record<RecordTable, unknown> = {
  opportunities: {
    ...acme(),
    attachments: [file],
    draftEdits: { [ACTION]: { body: 'Dear Priya,', at: 7 } },
    actions: { [ACTION]: { status: 'snoozed', at: 5, until: 9 } },
  },
  referees: { ...newReferee(() => 'r1'), name: 'Ada' },
  settings: defaultSettings,
  pipeline: emptyPipeline(),
  'reminder-ids': { 'o1\u0000a0123456789abcdef': 'Zm9vYmFyYmF6cXV4MTIz' },
  offers: {
    ...entry,
    offer: {
      ...entry.offer,
      letter: file,
      benefitOverrides: [
        { advert: 'Crèche vouchers', offer: 'Childcare support', same: true },
        { advert: 'Pension', offer: 'Pension 5% matched', same: false },
      ],
    },
  },
  profile: { name: 'Sam Taylor', email: '', phone: '', currentJob: null },
  plans: {
    offerId: 'o1',
    choices: { ...defaultChoices(defaultSettings), breakDays: 3 },
    messages: { 'not-business-day': { text: 'Could we say Monday?', counterDate: '2027-01-04' } },
  },
  'vault-settings': { autoLockMinutes: 5 },
}

function read(table: RecordTable, value: unknown): unknown {
  const result = readRecord(table, value)
  if (!result.ok) throw new Error(result.problem)
  return result.value
}

function problem(table: RecordTable, value: unknown): string {
  const result = readRecord(table, value)
  if (result.ok) throw new Error(`${table} accepted a record it should refuse`)
  return result.problem
}

describe('the record schemas', () => {
  it('know every table the renderer stores, and only those', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual(Object.keys(written).sort())
    expect(isRecordTable('offers')).toBe(true)
    expect(isRecordTable('toString')).toBe(false)
  })

  it('read back what the app writes to each table unchanged', () => {
    for (const [table, value] of Object.entries(written)) {
      expect(read(table as RecordTable, structuredClone(value)), table).toEqual(
        JSON.parse(JSON.stringify(value)),
      )
    }
  })

  it('read an opportunity from before attachments and kept drafts as having none', () => {
    const { attachments: _a, draftEdits: _d, ...old } = acme()
    expect(read('opportunities', old)).toMatchObject({ attachments: [], draftEdits: {} })
    expect(read('opportunities', old)).not.toHaveProperty('offerReceivedOn')
  })

  it('read an opportunity from before tags and archiving as untagged and not archived', () => {
    const { tags: _t, ...old } = acme()
    const back = read('opportunities', { ...old, closed: 'declined' })
    expect(back).toMatchObject({ tags: [], closed: 'declined' })
    expect(back).not.toHaveProperty('archivedAt')
    // One closed as 'archived' by an older version still reads, as it was written.
    expect(read('opportunities', { ...old, closed: 'archived' })).toMatchObject({
      closed: 'archived',
    })
    const tagged = { ...acme(), tags: ['Fintech', 'télétravail'], archivedAt: 1_772_000_000_000 }
    expect(read('opportunities', tagged)).toEqual(tagged)
    expect(problem('opportunities', { ...acme(), tags: 'remote' })).toMatch(/tags/)
  })

  it('give settings saved before a setting existed that setting’s default, and keep the rest', () => {
    const { quietHours: _q, detailedNotifications: _d, ...old } = defaultSettings
    expect(read('settings', { ...old, timeZone: 'America/New_York' })).toEqual({
      ...defaultSettings,
      timeZone: 'America/New_York',
    })
    expect(read('settings', { quietHours: null })).toEqual({ ...defaultSettings, quietHours: null })
    // Saved before Settings › Formats: follows the computer.
    expect(read('settings', old)).toMatchObject({ formatLocale: null })
    expect(read('settings', { formatLocale: 'de-AT' })).toMatchObject({ formatLocale: 'de-AT' })
  })

  it('give two records read with a default their own copy', () => {
    const a = read('opportunities', { ...acme(), draftEdits: undefined }) as { draftEdits: object }
    const b = read('opportunities', { ...acme(), draftEdits: undefined }) as { draftEdits: object }
    expect(a.draftEdits).not.toBe(b.draftEdits)
  })

  it('refuse an impossible date, a fractional amount, a lower-case currency, a reversed band', () => {
    const o = acme()
    const round = o.rounds[0]!
    expect(problem('opportunities', { ...o, rounds: [{ ...round, date: '2026-02-30' }] })).toBe(
      'opportunities: rounds.0.date: not a calendar date',
    )
    const pay = { min: 5_000_000, max: 5_200_000, currency: 'GBP', period: 'year' }
    const terms = { ...entry.offer.terms, pay }
    const withPay = (p: object) => ({
      ...entry,
      offer: { ...entry.offer, terms: { ...terms, ...p } },
    })
    expect(read('offers', withPay({}))).toBeTruthy()
    expect(problem('offers', withPay({ pay: { ...pay, min: 5_000_000.5 } }))).toMatch(
      /^offers: offer\.terms\.pay\.min: /,
    )
    expect(problem('offers', withPay({ pay: { ...pay, currency: 'gbp' } }))).toMatch(/currency/)
    expect(problem('offers', withPay({ pay: { ...pay, min: 6_000_000 } }))).toMatch(/band/)
  })

  it('read the total pay of the advert and the offer in one shape, and refuse impossible terms', () => {
    const comp = {
      ...noCompensation(),
      guaranteedBonus: { amount: 250_000, currency: 'EUR' },
      pension: { employerPercent: 6, youPayPercent: 3 },
      equity: {
        grant: { amount: 3_600_000, currency: 'EUR' },
        vestingMonths: 48,
        cliffMonths: 12,
        every: 'month',
      },
      daysPerWeek: 4,
    }
    const withComp = (c: object) => ({
      ...entry,
      advert: { ...entry.offer.terms, comp },
      offer: { ...entry.offer, terms: { ...entry.offer.terms, comp: { ...comp, ...c } } },
    })
    expect(read('offers', withComp({}))).toEqual(withComp({}))
    expect(
      problem('offers', withComp({ pension: { employerPercent: 120, youPayPercent: null } })),
    ).toMatch(/^offers: offer\.terms\.comp\.pension\.employerPercent: /)
    expect(problem('offers', withComp({ equity: { ...comp.equity, cliffMonths: 60 } }))).toMatch(
      /a cliff ends within the vesting period/,
    )
  })

  it('read an offer from before benefits could be paired by hand as having no overrides', () => {
    const { benefitOverrides: _, ...old } = entry.offer
    expect(read('offers', { ...entry, offer: old })).toEqual(entry)
    expect(
      problem('offers', {
        ...entry,
        offer: { ...old, benefitOverrides: [{ advert: 'Pension', offer: 'Pension' }] },
      }),
    ).toMatch(/^offers: offer\.benefitOverrides\.0\.same: /)
  })

  it('read a bonus and pension kept on the offer by older versions into its terms', () => {
    const { answerBy: _, ...old } = entry.offer
    const value = read('offers', {
      ...entry,
      offer: { ...old, bonus: { amount: 300_000, currency: 'GBP' }, pensionMatchPercent: 4 },
    }) as { offer: { terms: { comp: object }; answerBy: null } }
    expect(value.offer.answerBy).toBeNull()
    expect(value.offer.terms.comp).toEqual({
      ...noCompensation(),
      guaranteedBonus: { amount: 300_000, currency: 'GBP' },
      pension: { employerPercent: 4, youPayPercent: null },
    })
  })

  it('refuse a wrong type, an unknown field and an unknown stage rather than guess', () => {
    const o = acme()
    expect(problem('opportunities', { ...o, senior: 'yes' })).toMatch(/senior/)
    expect(problem('opportunities', { ...o, stage: 'hired' })).toMatch(/stage/)
    expect(problem('opportunities', { ...o, extra: 1 })).toMatch(/extra/)
    expect(problem('opportunities', { ...o, createdAt: -1 })).toMatch(/createdAt/)
    expect(problem('settings', { timeZone: 'Mars/Olympus' })).toMatch(/timeZone/)
    expect(problem('settings', { formatLocale: 'xx-YY' })).toMatch(/formatLocale/)
    expect(problem('pipeline', { version: 2, actions: {} })).toMatch(/version/)
    expect(
      problem('pipeline', { version: 1, actions: { nope: { status: 'done', at: 5 } } }),
    ).toMatch(/actions/)
    expect(problem('profile', 'Sam')).toMatch(/^profile: /)
    expect(problem('vault-settings', { autoLockMinutes: 0 })).toMatch(/autoLockMinutes/)
  })

  it('refuse a damaged attachment reference or kept draft instead of dropping it', () => {
    const o = acme()
    expect(problem('opportunities', { ...o, attachments: [{ ...file, size: 1.5 }] })).toMatch(
      /attachments\.0\.size/,
    )
    expect(
      problem('opportunities', { ...o, draftEdits: { [ACTION]: { body: 42, at: 7 } } }),
    ).toMatch(/draftEdits/)
    expect(
      problem('offers', {
        ...entry,
        offer: { ...entry.offer, letter: { ...file, fileId: '../x' } },
      }),
    ).toMatch(/letter\.fileId/)
  })

  it('never put the value it refused into the problem, which may reach a log', () => {
    const secret = 'Salary talk with Priya'
    const text = problem('opportunities', { ...acme(), notes: 42, company: 7, role: secret })
    expect(text).not.toContain(secret)
    expect(problem('settings', { region: secret.repeat(4) })).not.toContain(secret)
  })
})
