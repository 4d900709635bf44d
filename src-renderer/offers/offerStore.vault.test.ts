import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Vault } from '../vault/vault'
import { lockAndUnlock, openedSession } from '../../tests/support/rendererVault'
import { useSessionStore } from '../session/store'
import { useProfileStore } from '../settings/profileStore'
import { useOfferStore } from './offerStore'

let vault: Vault

beforeEach(async () => {
  setActivePinia(createPinia())
  ;({ vault } = await openedSession('offers'))
})

describe('offers and the profile in the encrypted vault', () => {
  it('keeps an offer with its notes and decision across a lock and unlock', async () => {
    const offers = useOfferStore()
    await offers.load()
    offers.startNew()
    Object.assign(offers.editing!.draft, { company: 'Northwind', role: 'Analyst' })
    offers.editing!.draft.offer.payMin = '42000'
    await offers.saveEdit()
    const id = offers.selectedId!
    await offers.saveNotes(id, { ...offers.selected!.offer.negotiation, lines: 'Ask for more' })
    await offers.decide(id, 'accepted')

    vault.lock()
    useSessionStore().close()
    expect(offers.entries).toEqual([])
    await lockAndUnlock(vault)
    expect(offers.selected?.company).toBe('Northwind')
    expect(offers.selected?.offer.negotiation.lines).toBe('Ask for more')
    expect(offers.selected?.offer.decision).toBe('accepted')
  })

  it('deletes the record when the offer is deleted', async () => {
    const offers = useOfferStore()
    await offers.load()
    offers.startNew()
    Object.assign(offers.editing!.draft, { company: 'Gone', role: 'Analyst' })
    await offers.saveEdit()
    await offers.remove(offers.selectedId!)
    expect(offers.entries).toEqual([])
    expect((await vault.records.all('offers')).records).toEqual([])
  })

  it('keeps the profile with the current job, separate from the offers', async () => {
    const profile = useProfileStore()
    await profile.load()
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
    useSessionStore().close()
    expect(profile.profile.name).toBe('')
    await lockAndUnlock(vault)
    expect(profile.profile.name).toBe('Alex Morgan')
    expect(profile.profile.currentJob?.untakenHolidayDays).toBe(3)
    expect((await vault.records.all('offers')).records).toEqual([])
  })

  it('keeps the form open with what was typed when the save fails, and says why', async () => {
    const offers = useOfferStore()
    await offers.load()
    offers.startNew()
    Object.assign(offers.editing!.draft, { company: 'Northwind', role: 'Analyst' })
    vault.lock()
    expect(await offers.saveEdit()).toBe(false)
    expect(offers.editing?.draft.company).toBe('Northwind')
    expect(offers.entries).toEqual([])
    expect(offers.saveState).toEqual({ status: 'failed', kind: 'locked' })
  })
})
