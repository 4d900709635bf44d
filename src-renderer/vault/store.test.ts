import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { createHostBridge } from '@shared/ipc/bridge'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { configureVault, onLock, onUnlock, useVaultStore, type LockReason } from './store'
import { kindOfAsync } from '../../tests/support/vaultKit'

let sodium: Sodium
let emit: (event: string, payload: unknown) => void
/** What the page asked main, and whether main answers `vault/locked` (as the app) or fails. */
let asked: { channel: string; payload: unknown }[]
let mainAnswers: boolean
beforeAll(async () => {
  sodium = await loadSodium()
})

beforeEach(() => {
  setActivePinia(createPinia())
  const name = `store-${Math.random().toString(36).slice(2)}`
  configureVault(async () => ({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
  }))
  const listeners = new Set<(event: string, payload: unknown) => void>()
  emit = (event, payload) => listeners.forEach((l) => l(event, payload))
  asked = []
  mainAnswers = true
  window.afterview = createHostBridge({
    invoke: async (channel, payload) => {
      asked.push({ channel, payload })
      if (channel === 'vault/locked' && mainAnswers) return { ok: true, value: null }
      return { ok: false, error: { kind: 'internal', message: 'not in this test' } }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  })
})
afterEach(() => {
  vi.useRealTimers()
  delete window.afterview
})

describe('the vault store', () => {
  it('goes new → unlocking → unlocked, and keeps the recovery code only until confirmed', async () => {
    const vault = useVaultStore()
    await vault.init()
    expect(vault.status).toBe('new')
    const pending = vault.create('pass phrase words')
    expect(vault.status).toBe('unlocking')
    const code = await pending
    expect(vault.status).toBe('unlocked')
    expect(vault.pendingRecoveryCode).toBe(code)
    vault.confirmRecoveryCodeStored()
    expect(vault.pendingRecoveryCode).toBeNull()
  })

  it('closes the session while a passphrase change moves files, opens it again and says it', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('pass phrase words')
    vault.confirmRecoveryCodeStored()
    const heard: string[] = []
    const stops = [
      onLock((reason) => heard.push(`lock:${reason}`)),
      onUnlock(() => heard.push('unlock')),
    ]
    await expect(
      vault.changePassphrase('not these words', 'other phrase here'),
    ).rejects.toMatchObject({ kind: 'wrong-passphrase' })
    // A wrong passphrase changes nothing: the session was never closed.
    expect(heard).toEqual([])
    expect(vault.passphraseChanged).toBe(false)
    await vault.changePassphrase('pass phrase words', 'other phrase here')
    stops.forEach((stop) => stop())
    expect(heard).toEqual(['lock:user', 'unlock'])
    expect(vault.status).toBe('unlocked')
    expect(vault.passphraseChanged).toBe(true)
    vault.forgetPassphraseChanged()
    expect(vault.passphraseChanged).toBe(false)
  })

  it('returns to locked with a typed error after a wrong passphrase', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('right')
    vault.lock()
    expect(await kindOfAsync(() => vault.unlock('wrong'))).toBe('wrong-passphrase')
    expect(vault.status).toBe('locked')
  })

  it('locks after the idle minutes, tells every onLock listener, and stops records', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const vault = useVaultStore()
    await vault.init()
    await vault.create('pw')
    await vault.setAutoLockMinutes(2)
    const reasons: LockReason[] = []
    const stop = onLock((reason) => reasons.push(reason))
    vi.advanceTimersByTime(119_000)
    expect(vault.status).toBe('unlocked')
    vi.advanceTimersByTime(2_000)
    expect(vault.status).toBe('locked')
    expect(reasons).toEqual(['idle'])
    expect(await kindOfAsync(() => vault.records().get('vault-settings', 'vault'))).toBe('locked')
    stop()
  })

  it('keeps the auto-lock minutes encrypted and restores them on unlock', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('pw')
    await vault.setAutoLockMinutes(17)
    vault.lock()
    expect(vault.autoLockMinutes).toBe(17)
    let unlocked = 0
    const stop = onUnlock(() => unlocked++)
    await vault.unlock('pw')
    expect(vault.autoLockMinutes).toBe(17)
    expect(unlocked).toBe(1)
    stop()
  })

  it('locks when main asks (suspend, screen lock, menu) and on Ctrl+L', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('pw')
    const stop = vault.watch(window)
    emit('vault/lock-requested', { reason: 'lock-screen' })
    expect(vault.status).toBe('locked')
    expect(vault.lastLockReason).toBe('lock-screen')
    await vault.unlock('pw')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true }))
    expect(vault.status).toBe('locked')
    stop()
  })

  it('asks main to load the page afresh on every lock, with the reason, and waits for it', async () => {
    const vault = useVaultStore()
    await vault.init()
    await vault.create('pw')
    const stop = vault.watch(window)
    emit('vault/lock-requested', { reason: 'suspend' })
    expect(vault.locking).toBe(true)
    await vault.unlock('pw')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true }))
    await vault.unlock('pw')
    vault.lock('idle')
    await vi.waitFor(() =>
      expect(asked.filter((a) => a.channel === 'vault/locked')).toEqual([
        { channel: 'vault/locked', payload: { reason: 'suspend' } },
        { channel: 'vault/locked', payload: { reason: 'user' } },
        { channel: 'vault/locked', payload: { reason: 'idle' } },
      ]),
    )
    // Main answered: the lock screen keeps saying "Locking…" until the fresh page replaces it.
    expect(vault.locking).toBe(true)
    stop()
  })

  it('lets the user unlock again in place when main cannot reload the page', async () => {
    mainAnswers = false
    const vault = useVaultStore()
    await vault.init()
    await vault.create('pw')
    vault.lock()
    await vi.waitFor(() => expect(vault.locking).toBe(false))
    expect(vault.status).toBe('locked')
    await vault.unlock('pw')
    expect(vault.status).toBe('unlocked')
  })

  it('says why it locked on the page main loaded afresh', async () => {
    window.history.replaceState(null, '', '/index.html?locked=lock-screen')
    try {
      const vault = useVaultStore()
      await vault.init()
      expect(vault.lastLockReason).toBe('lock-screen')
    } finally {
      window.history.replaceState(null, '', '/')
    }
  })
})
