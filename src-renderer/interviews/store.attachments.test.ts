import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { acme } from '@shared/domain/testData'
import type { Opportunity } from '@shared/domain/opportunity'
import type { Vault } from '../vault/vault'
import { useUndoStore } from '../shell/undo'
import { dumpIndexedDb } from '../../tests/support/idbDump'
import { installRealHost } from '../../tests/support/realHost'
import { importedFile, lockAndUnlock, openedSession } from '../../tests/support/rendererVault'
import { useBoardStore } from './store'

let vault: Vault
let dbName: string
let host: Awaited<ReturnType<typeof installRealHost>>

beforeEach(async () => {
  setActivePinia(createPinia())
  ;({ vault, dbName } = await openedSession('board-files'))
  host = await installRealHost()
})
afterEach(() => host.dispose())

const imported = (name: string, text: string) => importedFile(host, name, text)
const files = () => readdir(join(host.dataDir, 'attachments'))

describe('attachments of an opportunity', () => {
  it('keeps each file’s reference, key included, only inside the encrypted record', async () => {
    const board = useBoardStore()
    const o = acme()
    await board.save(o)
    const advert = await imported('Advert for designers.pdf', '%PDF-1.4 the advert')
    const card = await imported('Priya card.png', 'not really a png')
    await board.attach(o.id, advert)
    await board.attach(o.id, card)
    await board.detach(o.id, advert)
    await board.attach(o.id, advert, 0)

    const disk = await dumpIndexedDb(dbName)
    for (const secret of ['Advert for designers', 'Priya card', advert.keyB64, card.keyB64])
      expect(disk).not.toContain(secret)

    await lockAndUnlock(vault)
    expect(board.byId.get(o.id)?.attachments).toEqual([advert, card])
  })

  it('loads a record saved before attachments existed, with none and nothing else lost', async () => {
    const old: Partial<Opportunity> = acme()
    delete old.attachments
    expect('attachments' in old).toBe(false)
    await vault.records.put('opportunities', old.id!, old)
    const board = useBoardStore()
    await board.load()
    expect(board.byId.get(old.id!)).toEqual({ ...old, attachments: [], draftEdits: {} })
  })

  it('deletes the files of a deleted opportunity only once Undo is no longer offered', async () => {
    const board = useBoardStore()
    const undo = useUndoStore()
    const o = acme()
    await board.save(o)
    const advert = await imported('Advert.pdf', '%PDF-1.4 advert')
    await board.attach(o.id, advert)

    await board.remove(o.id)
    await host.idle()
    expect(await files()).toEqual([advert.fileId])
    await undo.undo(undo.toasts[0]!.id)
    expect(board.byId.get(o.id)?.attachments).toEqual([advert])
    expect(await files()).toEqual([advert.fileId])

    await board.remove(o.id)
    undo.dismiss(undo.toasts[0]!.id)
    await host.idle()
    expect(await files()).toEqual([])
  })
})
