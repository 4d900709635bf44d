import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useOfferStore } from './offerStore'

beforeEach(() => setActivePinia(createPinia()))

function fillAndSave(store: ReturnType<typeof useOfferStore>): boolean {
  const d = store.editing!.draft
  d.company ||= 'Northwind Logistics'
  d.role ||= 'Senior Data Analyst'
  d.offer.payMin = '42000'
  return store.saveEdit()
}

describe('offer store', () => {
  it('opens a new offer for a board card with its company and role filled in', () => {
    const store = useOfferStore()
    store.openOfferFor('opp-1', { company: 'Acme', role: 'Analyst' })
    expect(store.editing).toMatchObject({ id: null, opportunityId: 'opp-1' })
    expect(store.editing!.draft.company).toBe('Acme')
    expect(fillAndSave(store)).toBe(true)
    expect(store.selected?.offer.opportunityId).toBe('opp-1')
  })

  it('shows the existing offer when the card is opened again', () => {
    const store = useOfferStore()
    store.openOfferFor('opp-1')
    fillAndSave(store)
    const id = store.selectedId
    store.selectedId = null
    store.openOfferFor('opp-1')
    expect(store.editing).toBeNull()
    expect(store.selectedId).toBe(id)
  })

  it('keeps the form open with the errors when it is not valid', () => {
    const store = useOfferStore()
    store.startNew()
    store.editing!.draft.offer.payMin = '-1'
    expect(store.saveEdit()).toBe(false)
    expect(store.errors['offer.payMin']).toBe(
      'Base pay: "-1" reads as -£1, and it cannot be below zero.',
    )
    expect(store.entries).toEqual([])
  })

  it('keeps the negotiation notes when the offer is edited', () => {
    const store = useOfferStore()
    store.startNew()
    fillAndSave(store)
    const id = store.selectedId!
    const notes = { ...store.selected!.offer.negotiation, justification: 'Six years' }
    store.saveNotes(id, notes)
    store.edit(id)
    store.editing!.draft.offer.payMin = '43000'
    store.saveEdit()
    expect(store.selected?.offer.negotiation.justification).toBe('Six years')
    expect(store.selected?.offer.terms.pay?.min).toBe(4_300_000)
  })
})
