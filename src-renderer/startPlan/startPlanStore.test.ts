import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MONTHS_NOTICE } from '@shared/startPlan/testData'
import { useBoardStore } from '../interviews/store'
import { useOfferStore } from '../offers/offerStore'
import { useSessionStore } from '../session/store'
import { loadSession } from '../session/lifecycle'
import { TABLES } from '../session/tables'
import type { Vault } from '../vault/vault'
import { lockAndUnlock, openedSession } from '../../tests/support/rendererVault'
import { useStartPlanStore } from './startPlanStore'
import { useProfileStore } from '../settings/profileStore'

let vault: Vault

// Monday 14 December 2026, 09:00 in London.
beforeEach(async () => {
  vi.useFakeTimers({ now: Date.UTC(2026, 11, 14, 9), toFake: ['Date'] })
  setActivePinia(createPinia())
  ;({ vault } = await openedSession('plans'))
})
afterEach(() => vi.useRealTimers())

/** Loads the stores from the session, as App.vue does after unlocking. */
async function connect() {
  await loadSession()
  return { offers: useOfferStore(), plan: useStartPlanStore() }
}

/** Locks and unlocks the vault: the session ends, and the stores load from the next one. */
async function relock() {
  await lockAndUnlock(vault)
  return { offers: useOfferStore(), plan: useStartPlanStore() }
}

/** An accepted offer in writing with a signed contract; they would like a start on `start`. */
async function acceptOffer(company: string, start: string): Promise<string> {
  const offers = useOfferStore()
  offers.startNew()
  Object.assign(offers.editing!.draft, {
    company,
    role: 'Senior Data Analyst',
    receivedOn: '2026-12-10',
    inWriting: true,
    contractSigned: true,
    proposedStart: start,
  })
  offers.editing!.draft.offer.payMin = '50000'
  await offers.saveEdit()
  const id = offers.selectedId!
  await offers.decide(id, 'accepted')
  return id
}

async function employedOnMonthsNotice(): Promise<void> {
  await useProfileStore().setCurrentJob(MONTHS_NOTICE)
}

describe('the start plan in the encrypted vault', () => {
  it('keeps the choices and a rewritten message across a lock and unlock', async () => {
    const { plan } = await connect()
    await employedOnMonthsNotice()
    await acceptOffer('Northwind Logistics', '2027-01-11')
    await plan.setChoices({ breakDays: 14, preferMondayStart: true, contactName: 'Priya Shah' })
    const conflict = plan.result?.ok ? plan.result.plan.conflicts[0]! : null
    expect(conflict?.draft?.body).toContain('Dear Priya,')
    const mine = 'Dear Priya,\n\nCould we say Monday 1 February?\n\nAlex'
    await plan.editMessage(conflict!.kind, mine, conflict!.counterDate)

    const after = (await relock()).plan
    expect(after.choices).toMatchObject({
      breakDays: 14,
      preferMondayStart: true,
      contactName: 'Priya Shah',
    })
    expect(after.result?.ok && after.result.plan.recommendedStart).toBe('2027-02-01')
    expect(after.messages[conflict!.kind]?.text).toBe(mine)
    expect(after.editedTexts).toEqual({ [conflict!.kind]: mine })
  })

  it('goes back to the suggested message, and the vault forgets the rewritten one', async () => {
    const { plan } = await connect()
    await employedOnMonthsNotice()
    await acceptOffer('Northwind Logistics', '2027-01-11')
    await plan.editMessage('before-notice-ends', 'My own words', '2027-01-15')
    await plan.resetMessage('before-notice-ends')
    const after = (await relock()).plan
    expect(after.messages).toEqual({})
    const stored = await vault.records.all<{ messages: object }>(TABLES.plans)
    expect(stored.records.map((r) => r.value.messages)).toEqual([{}])
  })

  it('keeps separate choices for each offer', async () => {
    const { plan } = await connect()
    const first = await acceptOffer('Northwind Logistics', '2027-01-11')
    const second = await acceptOffer('Harbour Freight', '2027-02-01')
    plan.offerId = first
    await plan.setChoices({ breakDays: 14 })
    plan.offerId = second
    expect(plan.choices.breakDays).toBe(0)
    await plan.setChoices({ breakDays: 3 })
    plan.offerId = first
    expect(plan.choices.breakDays).toBe(14)
  })

  it('shows a plan it cannot read as new, keeps the record, and replaces it on the next change', async () => {
    const { plan } = await connect()
    const id = await acceptOffer('Northwind Logistics', '2027-01-11')
    await vault.records.put(TABLES.plans, id, { offerId: id, choices: { breakDays: 'two' } })
    const after = (await relock()).plan
    expect(after.shownUnreadable).toBe(true)
    expect(after.choices.breakDays).toBe(0)
    // Kept as it was: it still fails its schema rather than reading as the defaults shown.
    await expect(vault.records.get(TABLES.plans, id)).rejects.toMatchObject({
      kind: 'invalid-record',
    })
    await plan.setChoices({ breakDays: 5 })
    expect(after.shownUnreadable).toBe(false)
    expect(await vault.records.get(TABLES.plans, id)).toMatchObject({ choices: { breakDays: 5 } })
  })

  it('deletes the plan with its offer', async () => {
    const { offers, plan } = await connect()
    const id = await acceptOffer('Northwind Logistics', '2027-01-11')
    await plan.setChoices({ contactName: 'Priya Shah' })
    await offers.remove(id)
    // The plan goes in the offer store's `remove` hook, queued before `remove` resolves.
    await useSessionStore().repositories().plans.settled()
    expect((await vault.records.all(TABLES.plans)).records).toEqual([])
    expect(plan.saved).toEqual({})
  })
})

describe('the start plan in the user’s region and time zone', () => {
  it('skips the bank holidays of the region in the settings', async () => {
    const { plan } = await connect()
    // Not employed, 20 days off from tomorrow: free on Monday 4 January 2027, a bank holiday in
    // Scotland (for 2 January) but a working day in England and Wales.
    await acceptOffer('Northwind Logistics', '2027-01-04')
    await plan.setChoices({ breakDays: 20 })
    const board = useBoardStore()
    const start = () => (plan.result?.ok ? plan.result.plan.recommendedStart : null)
    expect(board.settings.region).toBe('GB-ENG')
    expect(start()).toBe('2027-01-04')
    board.settings = { ...board.settings, region: 'GB-SCT' }
    expect(start()).toBe('2027-01-05')
  })

  it('counts from today in the time zone of the settings', async () => {
    vi.setSystemTime(Date.UTC(2026, 11, 14, 23, 30))
    const { plan } = await connect()
    await acceptOffer('Northwind Logistics', '2027-01-29')
    const board = useBoardStore()
    const today = () => (plan.result?.ok ? plan.result.plan.today : null)
    expect(today()).toBe('2026-12-14')
    board.settings = { ...board.settings, timeZone: 'Pacific/Auckland' }
    expect(today()).toBe('2026-12-15')
  })
})
