import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Vault } from '../vault/vault'
import { useUndoStore } from '../shell/undo'
import { dumpIndexedDb } from '../../tests/support/idbDump'
import { installRealHost } from '../../tests/support/realHost'
import { useSessionStore } from '../session/store'
import { importedFile, lockAndUnlock, openedSession } from '../../tests/support/rendererVault'
import { useOfferStore } from './offerStore'

let vault: Vault
let dbName: string
let host: Awaited<ReturnType<typeof installRealHost>>

beforeEach(async () => {
  setActivePinia(createPinia())
  ;({ vault, dbName } = await openedSession('offer-letter'))
  host = await installRealHost()
})
afterEach(() => host.dispose())

const imported = (name: string) => importedFile(host, name, `%PDF-1.4 ${name}`)

/** The encrypted files in the data folder, once main has finished every delete asked of it. */
async function files(): Promise<string[]> {
  await host.idle()
  return (await readdir(join(host.dataDir, 'attachments'))).sort()
}

/** A saved offer from Northwind; answers its id. */
async function savedOffer(offers: ReturnType<typeof useOfferStore>): Promise<string> {
  offers.startNew()
  Object.assign(offers.editing!.draft, { company: 'Northwind', role: 'Analyst' })
  expect(await offers.saveEdit()).toBe(true)
  return offers.selectedId!
}

describe('the offer letter', () => {
  it('is kept, key included, only inside the encrypted offer record', async () => {
    const offers = useOfferStore()
    await offers.load()
    const id = await savedOffer(offers)
    const letter = await imported('Northwind offer letter.pdf')
    expect(await offers.attachLetter(id, letter)).toBeNull()

    const disk = await dumpIndexedDb(dbName)
    expect(disk).not.toContain('Northwind offer letter')
    expect(disk).not.toContain(letter.keyB64)

    await lockAndUnlock(vault)
    expect(offers.selected?.offer.letter).toEqual(letter)
  })

  it('reads an offer saved without a letter field as having none, and keeps a damaged one', async () => {
    const offers = useOfferStore()
    await offers.load()
    const id = await savedOffer(offers)
    const stored = (await vault.records.get('offers', id))!
    const { letter: _dropped, ...older } = stored.offer
    await vault.records.put('offers', id, { ...stored, offer: older })
    await vault.records.put('offers', 'damaged', {
      ...stored,
      offer: { ...stored.offer, id: 'damaged', letter: { fileId: '../x' } },
    })

    useSessionStore().open(vault.records)
    const { unreadable } = await vault.records.all('offers')
    await offers.load()
    expect(offers.entries.map((e) => [e.offer.id, e.offer.letter, e.company])).toEqual([
      [id, null, 'Northwind'],
    ])
    // The damaged offer is not shown with its letter dropped: it is reported, and kept as it was.
    expect(unreadable).toEqual([{ table: 'offers', id: 'damaged', kind: 'invalid-record' }])
  })

  it('deletes a letter attached in a form that was cancelled, and keeps one that was saved', async () => {
    const offers = useOfferStore()
    await offers.load()
    offers.startNew()
    const dropped = await imported('Draft.pdf')
    await offers.attachFormLetter(dropped)
    offers.cancelEdit()
    expect(await files()).toEqual([])

    offers.startNew()
    Object.assign(offers.editing!.draft, { company: 'Northwind', role: 'Analyst' })
    const first = await imported('First try.pdf')
    const kept = await imported('Offer.pdf')
    await offers.attachFormLetter(first)
    expect(await offers.attachFormLetter(kept)).toEqual(first)
    expect(await offers.saveEdit()).toBe(true)
    expect(offers.selected?.offer.letter).toEqual(kept)
    expect(await files()).toEqual([kept.fileId])
  })

  it('offers Undo for a saved letter the form replaced, and deletes it only after', async () => {
    const offers = useOfferStore()
    const undo = useUndoStore()
    await offers.load()
    const id = await savedOffer(offers)
    const old = await imported('Old.pdf')
    await offers.attachLetter(id, old)

    offers.edit(id)
    expect(offers.editing?.letter).toEqual(old)
    const replacement = await imported('New.pdf')
    await offers.attachFormLetter(replacement)
    await offers.saveEdit()
    expect(undo.toasts.map((t) => t.text)).toEqual(['Removed the letter Old.pdf from Northwind.'])
    expect(await files()).toEqual([old.fileId, replacement.fileId].sort())

    // Undo: the old letter is back, and the one that replaced it goes.
    await undo.undo(undo.toasts[0]!.id)
    expect(offers.selected?.offer.letter).toEqual(old)
    expect(await files()).toEqual([old.fileId])

    // The same again without Undo: the old letter's file goes when the message does.
    offers.edit(id)
    await offers.attachFormLetter(replacement)
    await offers.detachFormLetter()
    await offers.saveEdit()
    expect(offers.selected?.offer.letter).toBeNull()
    undo.dismiss(undo.toasts[0]!.id)
    expect(await files()).toEqual([])
  })

  it('goes with its offer when the offer is deleted', async () => {
    const offers = useOfferStore()
    await offers.load()
    const id = await savedOffer(offers)
    await offers.attachLetter(id, await imported('Offer.pdf'))
    await offers.remove(id)
    expect(await files()).toEqual([])
  })
})
