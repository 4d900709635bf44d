import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { openedSession } from '../../tests/support/rendererVault'
import { useOfferStore } from './offerStore'

beforeEach(async () => {
  setActivePinia(createPinia())
  await openedSession('offers')
})

function fillAndSave(store: ReturnType<typeof useOfferStore>): Promise<boolean> {
  const d = store.editing!.draft
  d.company ||= 'Northwind Logistics'
  d.role ||= 'Senior Data Analyst'
  d.offer.payMin = '42000'
  return store.saveEdit()
}

describe('offer store', () => {
  it('opens a new offer for a board card with its company and role filled in', async () => {
    const store = useOfferStore()
    store.openOfferFor('opp-1', { company: 'Acme', role: 'Analyst' })
    expect(store.editing).toMatchObject({ id: null, opportunityId: 'opp-1' })
    expect(store.editing!.draft.company).toBe('Acme')
    expect(await fillAndSave(store)).toBe(true)
    expect(store.selected?.offer.opportunityId).toBe('opp-1')
  })

  it('shows the existing offer when the card is opened again', async () => {
    const store = useOfferStore()
    store.openOfferFor('opp-1')
    await fillAndSave(store)
    const id = store.selectedId
    store.selectedId = null
    store.openOfferFor('opp-1')
    expect(store.editing).toBeNull()
    expect(store.selectedId).toBe(id)
  })

  it('keeps the form open with the errors when it is not valid', async () => {
    const store = useOfferStore()
    store.startNew()
    store.editing!.draft.offer.payMin = '-1'
    expect(await store.saveEdit()).toBe(false)
    expect(store.errors['offer.payMin']).toBe(
      'Base pay: "-1" reads as -£1, and it cannot be below zero.',
    )
    expect(store.entries).toEqual([])
  })

  it('keeps the negotiation notes when the offer is edited', async () => {
    const store = useOfferStore()
    store.startNew()
    await fillAndSave(store)
    const id = store.selectedId!
    const notes = { ...store.selected!.offer.negotiation, justification: 'Six years' }
    await store.saveNotes(id, notes)
    store.edit(id)
    store.editing!.draft.offer.payMin = '43000'
    await store.saveEdit()
    expect(store.selected?.offer.negotiation.justification).toBe('Six years')
    expect(store.selected?.offer.terms.pay?.min).toBe(4_300_000)
  })
})
