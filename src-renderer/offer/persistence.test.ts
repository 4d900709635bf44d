import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { VaultDb } from '../vault/db'
import { inlineKdf } from '../vault/kdfRunner'
import { Vault } from '../vault/vault'
import { useProfileStore } from '../plan/profileStore'
import { useOfferStore } from './offerStore'

let sodium: Sodium
let vault: Vault

beforeAll(async () => {
  sodium = await loadSodium()
})

beforeEach(async () => {
  setActivePinia(createPinia())
  vault = new Vault({
    db: new VaultDb(`offers-${Math.random().toString(36).slice(2)}`),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
  })
  await vault.create('a long passphrase')
})

/** Lets the stores' background saves finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('offers and the profile in the encrypted vault', () => {
  it('keeps an offer with its notes and decision across a lock and unlock', async () => {
    const offers = useOfferStore()
    await offers.connect(vault.records)
    offers.startNew()
    Object.assign(offers.editing!.draft, { company: 'Northwind', role: 'Analyst' })
    offers.editing!.draft.offer.payMin = '42000'
    offers.saveEdit()
    const id = offers.selectedId!
    offers.saveNotes(id, { ...offers.selected!.offer.negotiation, lines: 'Ask for more' })
    offers.decide(id, 'accepted')
    await settle()

    vault.lock()
    offers.disconnect()
    expect(offers.entries).toEqual([])
    await vault.unlock('a long passphrase')
    await offers.connect(vault.records)
    expect(offers.selected?.company).toBe('Northwind')
    expect(offers.selected?.offer.negotiation.lines).toBe('Ask for more')
    expect(offers.selected?.offer.decision).toBe('accepted')
  })

  it('deletes the record when the offer is deleted', async () => {
    const offers = useOfferStore()
    await offers.connect(vault.records)
    offers.startNew()
    Object.assign(offers.editing!.draft, { company: 'Gone', role: 'Analyst' })
    offers.saveEdit()
    offers.remove(offers.selectedId!)
    await settle()
    expect((await vault.records.all('offers')).records).toEqual([])
  })

  it('keeps the profile with the current job, separate from the offers', async () => {
    const profile = useProfileStore()
    await profile.connect(vault.records)
    await profile.setName('Alex Morgan')
    await profile.setCurrentJob({
      employer: 'Acme',
      noticeLength: 1,
      noticeUnit: 'months',
      serviceStart: null,
      untakenHolidayDays: 3,
      holidayHandling: 'paid-out',
      gardenLeavePossible: false,
    })
    profile.disconnect()
    expect(profile.profile.name).toBe('')
    await profile.connect(vault.records)
    expect(profile.profile.name).toBe('Alex Morgan')
    expect(profile.profile.currentJob?.untakenHolidayDays).toBe(3)
    expect((await vault.records.all('offers')).records).toEqual([])
  })
})
