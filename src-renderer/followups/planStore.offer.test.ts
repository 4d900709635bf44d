import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import type { Opportunity } from '@shared/domain/opportunity'
import type { OfferDraft } from '@shared/offers/entry'
import { useOfferStore } from '../offers/offerStore'
import { useStartPlanStore } from '../startPlan/startPlanStore'
import { useProfileStore } from '../settings/profileStore'
import { usePlanStore } from './planStore'
import { useBoardStore } from '../interviews/store'
import { openedSession } from '../../tests/support/rendererVault'

// Tuesday 10 March 2026, 11:00 in London (GMT until the end of March).
beforeEach(async () => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 10, 11), toFake: ['Date'] })
  setActivePinia(createPinia())
  await openedSession('plan-offers')
})
afterEach(() => vi.useRealTimers())

/** Acme, moved to Offer, on the board. */
function offerStage(): Opportunity {
  const o: Opportunity = { ...acme(), stage: 'offer', offerReceivedOn: '2026-03-09' }
  useBoardStore().opportunities = [o]
  return o
}

/** Records an offer for `o` through the offer form, as the Offers section does. */
async function saveOffer(
  o: Opportunity,
  fill: Partial<OfferDraft>,
  receivedOn = '2026-03-09',
): Promise<string> {
  const offers = useOfferStore()
  offers.startNew()
  offers.editing!.opportunityId = o.id
  Object.assign(offers.editing!.draft, {
    company: o.company,
    role: o.role,
    receivedOn,
    ...fill,
  })
  offers.editing!.draft.offer.payMin = '50000'
  expect(await offers.saveEdit()).toBe(true)
  return offers.selectedId!
}

/** Edits a saved offer through the form. */
async function editOffer(id: string, fill: Partial<OfferDraft>): Promise<void> {
  const offers = useOfferStore()
  offers.edit(id)
  Object.assign(offers.editing!.draft, fill)
  expect(await offers.saveEdit()).toBe(true)
}

const WRITTEN = { inWriting: true, proposedStart: '2026-05-04' }

describe('offer actions from the offer store', () => {
  it('reminds to return the contract, two business days before it is due back', async () => {
    const o = offerStage()
    const plan = usePlanStore()
    expect(plan.actionsOf(o).some((a) => a.kind === 'contract-reminder')).toBe(false)

    const id = await saveOffer(o, { ...WRITTEN, contractReturnBy: '2026-03-20' })
    const reminder = plan.actionsOf(o).find((a) => a.kind === 'contract-reminder')!
    expect(reminder.title).toBe('Return the signed contract to Acme Ltd')
    expect(reminder.earliest).toBe(Date.UTC(2026, 2, 18, 9))
    expect(reminder.latest).toBe(Date.UTC(2026, 2, 21) - 1)

    // A later deadline moves it; a signed contract ends it.
    await editOffer(id, { contractReturnBy: '2026-03-27' })
    const moved = plan.actionsOf(o).find((a) => a.kind === 'contract-reminder')!
    expect(moved.latest).toBe(Date.UTC(2026, 2, 28) - 1)
    await editOffer(id, { contractSigned: true })
    expect(plan.actionsOf(o).some((a) => a.kind === 'contract-reminder')).toBe(false)
  })

  it('asks for the offer in writing until it is written, dated and has a return date', async () => {
    const o = offerStage()
    const plan = usePlanStore()
    const id = await saveOffer(o, { inWriting: false })
    const ask = plan.actionsWithDrafts(o).find((a) => a.kind === 'offer-in-writing')!
    expect(ask.title).toBe('Ask Acme Ltd for the offer in writing')
    expect(ask.draft?.body).toContain('in writing')
    await editOffer(id, { ...WRITTEN, contractReturnBy: '2026-03-20' })
    expect(plan.actionsOf(o).some((a) => a.kind === 'offer-in-writing')).toBe(false)
  })

  it('plans from the offer received last when the opportunity has two', async () => {
    const o = offerStage()
    const plan = usePlanStore()
    await saveOffer(o, { ...WRITTEN, contractReturnBy: '2026-03-20' }, '2026-03-09')
    await saveOffer(o, { ...WRITTEN, contractReturnBy: '2026-03-27' }, '2026-03-10')
    const reminders = plan.actionsOf(o).filter((a) => a.kind === 'contract-reminder')
    expect(reminders.map((a) => a.latest)).toEqual([Date.UTC(2026, 2, 28) - 1])
  })

  it('puts a contract due back soon on Today, and takes it off once signed', async () => {
    const o = offerStage()
    const plan = usePlanStore()
    plan.watchToday()
    const due = () => plan.dueNow.filter((a) => a.kind === 'contract-reminder')
    expect(due()).toEqual([])
    const id = await saveOffer(o, { ...WRITTEN, contractReturnBy: '2026-03-11' })
    await nextTick()
    expect(due().map((a) => a.opportunityId)).toEqual([o.id])
    await editOffer(id, { contractSigned: true })
    await nextTick()
    expect(due()).toEqual([])
  })

  it('dates the resignation so the break chosen on the start plan fits before the start', async () => {
    const o = offerStage()
    await useProfileStore().setCurrentJob({
      employer: 'Initech',
      noticeLength: 1,
      noticeUnit: 'weeks',
      serviceStart: null,
      untakenHolidayDays: 0,
      holidayHandling: 'paid-out',
      gardenLeavePossible: false,
    })
    const offerId = await saveOffer(o, {
      ...WRITTEN,
      proposedStart: '2026-04-20',
      contractSigned: true,
      conditions: {
        references: 'none',
        'background-check': 'none',
        'criminal-record-check': 'none',
        medical: 'none',
        qualifications: 'none',
        'right-to-work': 'none',
      },
    })
    await useOfferStore().decide(offerId, 'accepted')
    const plan = usePlanStore()
    const resignBy = () => plan.actionsOf(o).find((a) => a.kind === 'resign')!.latest
    // A week's notice before Monday 20 April: resign by Friday 10 April (Monday 13 is free).
    expect(resignBy()).toBe(Date.UTC(2026, 3, 10, 23) - 1)
    const startPlan = useStartPlanStore()
    startPlan.offerId = offerId
    await startPlan.setChoices({ breakDays: 7 })
    // With a week off as well: a week earlier, Friday 3 April, is Good Friday; Thursday 2 April.
    expect(resignBy()).toBe(Date.UTC(2026, 3, 2, 23) - 1)
  })
})
