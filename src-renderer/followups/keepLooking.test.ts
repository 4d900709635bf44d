import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import type { Vault } from '../vault/vault'
import { dumpIndexedDb } from '../../tests/support/idbDump'
import { createdVault, VAULT_PASSPHRASE } from '../../tests/support/rendererVault'
import { useSessionStore } from '../session/store'
import { useBoardStore } from '../interviews/store'
import { usePlanStore } from './planStore'
import { useActionCommands } from './actionCommands'
import { useUndoStore } from '../shell/undo'

// Tuesday 3 March 2026: one live application, so the pipeline is thin.
beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 2, 3, 12), toFake: ['Date'] }))
afterEach(() => vi.useRealTimers())

/** A vault with one opportunity in it, and a fresh app (pinia) over it. */
async function openVault(): Promise<{ vault: Vault; name: string }> {
  const { vault, dbName: name } = await createdVault('keep-looking')
  setActivePinia(createPinia())
  useSessionStore().open(vault.records)
  await useBoardStore().save(acme())
  return { vault, name }
}

/** Locks, starts the app again (a new pinia, as after a reload) and unlocks. */
async function reload(vault: Vault): Promise<void> {
  vault.lock()
  useSessionStore().close()
  setActivePinia(createPinia())
  await vault.unlock(VAULT_PASSPHRASE)
  useSessionStore().open(vault.records)
  await useBoardStore().load()
}

describe('the keep-looking nudge', () => {
  it('stays done after a reload, kept encrypted in the vault', async () => {
    const { vault, name } = await openVault()
    const nudge = usePlanStore().keepLooking!
    expect(nudge.due).toBe('due')
    await useActionCommands().done(nudge)
    expect(usePlanStore().keepLooking!.due).toBeNull()

    const disk = await dumpIndexedDb(name)
    expect(disk).not.toContain('done')
    await reload(vault)
    expect(usePlanStore().keepLooking).toMatchObject({ status: 'done', due: null })
  })

  it('comes back the next week if the pipeline is still thin', async () => {
    const { vault } = await openVault()
    await useActionCommands().skip(usePlanStore().keepLooking!)
    vi.setSystemTime(Date.UTC(2026, 2, 9, 9))
    await reload(vault)
    expect(usePlanStore().keepLooking!.due).toBe('due')
  })

  it('stays snoozed after a reload until the snooze ends', async () => {
    const { vault } = await openVault()
    const until = Date.UTC(2026, 2, 4, 9)
    await useActionCommands().snooze(usePlanStore().keepLooking!, until)
    await reload(vault)
    expect(usePlanStore().keepLooking).toMatchObject({ status: 'snoozed', snoozedUntil: until })
  })

  it('is put back by Undo', async () => {
    const { vault } = await openVault()
    await useActionCommands().done(usePlanStore().keepLooking!)
    const undo = useUndoStore()
    expect(undo.toasts.at(-1)!.text).toBe('Done: Keep applying elsewhere.')
    await undo.undo(undo.toasts.at(-1)!.id)
    await reload(vault)
    expect(usePlanStore().keepLooking!.due).toBe('due')
  })

  it('opens a vault from before the nudge could be settled, and one whose record is damaged', async () => {
    const { vault } = await openVault()
    await reload(vault)
    expect(useBoardStore().unreadable).toBe(0)
    expect(usePlanStore().keepLooking!.due).toBe('due')

    await vault.records.put('pipeline', 'pipeline', { version: 1, actions: [], more: 1 })
    await reload(vault)
    const board = useBoardStore()
    expect(board.opportunities).toHaveLength(1)
    expect(board.unreadable).toBe(1)
    expect(usePlanStore().keepLooking!.due).toBe('due')
  })
})
