/**
 * The vault as the UI sees it: status, opening and closing the session around the key flows
 * (keyFlows.ts) and backups (backupFlows.ts), auto-lock, and the list of records that could not
 * be read. Features do not hold the record store: unlocking opens a session over it and locking
 * disposes that session (see session/lifecycle.ts).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { readLockReason, type LockReason } from '@shared/ipc/launchNotice'
import { loadSodium } from '@shared/vault/sodium'
import { MAX_AUTO_LOCK_MINUTES } from '@shared/domain/autoLock'
import { host } from '../host'
import { VaultDb } from './db'
import { workerKdf } from './kdfRunner'
import { Vault } from './vault'
import type { VaultDeps } from './vaultState'
import type { RecordStore, UnreadableRecord } from './recordStore'
import { hostKeeper } from './keeper'
import { hostRotationFiles } from './rotationFiles'
import { headerLost, recoverHeader as putHeaderBack } from './headerCopy'
import type { IntegrityNotice } from './manifestStore'
import { askToPersist } from './persistence'
import { idleLock } from './idleLock'
import { lockListeners, readPlace, unlockListeners } from './vaultEvents'
import { keyFlows } from './keyFlows'
import { backupFlows } from './backupFlows'

/**
 * Where the vault is: no vault yet, locked, deriving the key, or open; or records without the
 * header that unlocks them (the lock screen offers main's copy of it).
 */
export type VaultStatus = 'new' | 'header-lost' | 'locked' | 'unlocking' | 'unlocked'

/** What the store's flows (keyFlows.ts, backupFlows.ts) run through. */
export interface VaultSession {
  /** The vault; throws until init() has run. */
  current(): Vault
  /** Runs `step` from a closed vault, shown as unlocking, then opens the session. */
  run<T>(from: VaultStatus, step: () => Promise<T>): Promise<T>
  /** Runs `work` from an open vault, handing it `close` (see closingSession in the store). */
  closingSession<T>(work: (close: () => void) => Promise<T>, reset?: () => void): Promise<T>
}

/** Why the vault locked. */
export type { LockReason }

/** Minutes of inactivity before the vault locks, unless the user changes it. */
export const DEFAULT_AUTO_LOCK_MINUTES = 5

// Announced to the rest of the renderer from here; heard through vaultEvents.ts.
export { onLock, onUnlock, readPlaceWith } from './vaultEvents'

let buildDeps: () => Promise<Omit<VaultDeps, 'onUnreadable' | 'onIntegrity'>> = async () => ({
  db: new VaultDb(),
  sodium: await loadSodium(),
  kdf: workerKdf(),
  keeper: hostKeeper(),
  files: hostRotationFiles(),
})

/** Tests: choose how the vault is built (database name, in-line KDF, test-only cost). */
export function configureVault(factory: typeof buildDeps): void {
  buildDeps = factory
}

// Its own table: 'settings' belongs to the board.
const SETTINGS_TABLE = 'vault-settings'
const SETTINGS_ID = 'vault'

/** The vault store. */
export const useVaultStore = defineStore('vault', () => {
  const status = ref<VaultStatus>('locked')
  const ready = ref(false)
  /** True from a lock until main has loaded the app afresh (the lock screen waits for it). */
  const locking = ref(false)
  const autoLockMinutes = ref(DEFAULT_AUTO_LOCK_MINUTES)
  // A page main loaded afresh after a lock says why it locked (see lock()).
  const lastLockReason = ref<LockReason | null>(readLockReason(window.location.search))
  const unreadable = shallowRef<UnreadableRecord[]>([])
  /** What opening found about the vault as a whole (an older copy put back …), until lock. */
  const notices = shallowRef<IntegrityNotice[]>([])
  /** True when the stored auto-lock setting could not be read (the default applies meanwhile). */
  const autoLockUnreadable = ref(false)
  /** Unreadable rows, as `table/id`, the user has allowed Afterview to save over. */
  const replaceable = shallowRef<ReadonlySet<string>>(new Set())
  let vault: Vault | null = null

  const idle = idleLock({
    unlocked: () => status.value === 'unlocked',
    minutes: () => autoLockMinutes.value,
    lock,
  })

  const session: VaultSession = { current, run, closingSession }
  const flows = keyFlows(session)
  const backups = backupFlows(session, { status, unreadable, notices, addUnreadable })

  function current(): Vault {
    if (!vault) throw new Error('useVaultStore().init() has not run')
    return vault
  }

  function addUnreadable(rows: UnreadableRecord[]): void {
    const known = new Set(unreadable.value.map((r) => `${r.table}/${r.id}`))
    const fresh = rows.filter((r) => !known.has(`${r.table}/${r.id}`))
    if (fresh.length > 0) unreadable.value = [...unreadable.value, ...fresh]
  }

  /** Opens the database and finds out whether a vault exists. Idempotent. */
  async function init(): Promise<void> {
    if (ready.value) return
    vault = new Vault({
      ...(await buildDeps()),
      onUnreadable: addUnreadable,
      onIntegrity: (notice) => (notices.value = [...notices.value, notice]),
    })
    status.value = (await vault.exists())
      ? 'locked'
      : (await headerLost(vault.deps.db))
        ? 'header-lost'
        : 'new'
    ready.value = true
  }

  /**
   * Puts main's copy of the header back when the header row was lost and records remain; the
   * lock screen then asks for the passphrase as usual. Errors: no-header-copy.
   */
  async function recoverHeader(): Promise<void> {
    const { db, keeper } = current().deps
    await putHeaderBack(db, keeper)
    status.value = 'locked'
  }

  /** The user accepts that a row listed as removed is gone: it is no longer reported. */
  async function forgetMissing(row: Pick<UnreadableRecord, 'table' | 'id'>): Promise<void> {
    await current().records.forgetMissing(row.table, row.id)
    unreadable.value = unreadable.value.filter((r) => r.table !== row.table || r.id !== row.id)
  }

  async function run<T>(from: VaultStatus, step: () => Promise<T>): Promise<T> {
    status.value = 'unlocking'
    let result: T
    try {
      result = await step()
    } catch (error) {
      status.value = from
      throw error
    }
    await opened()
    return result
  }

  async function opened(): Promise<void> {
    // A damaged setting is kept (the record store refuses to save over it) and said: the
    // default applies meanwhile, and Settings shows why.
    autoLockUnreadable.value = false
    const settings = await current()
      .records.get(SETTINGS_TABLE, SETTINGS_ID)
      .catch(() => {
        autoLockUnreadable.value = true
        return undefined
      })
    autoLockMinutes.value = settings?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES
    status.value = 'unlocked'
    lastLockReason.value = null
    idle.arm()
    // Created or unlocked: the records should not be evicted under disk pressure (diagnostics).
    void askToPersist()
    for (const listener of unlockListeners) listener()
  }

  /**
   * Runs `work` from an open vault, handing it `close`, which ends the session while the data
   * changes under it (a restore replaces it; a rotation moves attachments to new files, so what
   * the stores hold would name files about to go). A session closed so opens again afterwards, on
   * whichever data is there, after `reset`; the screen stays, to show an error.
   */
  async function closingSession<T>(
    work: (close: () => void) => Promise<T>,
    reset = () => {},
  ): Promise<T> {
    let closed = false
    const close = () => {
      closed = true
      for (const listener of lockListeners) listener('user')
    }
    try {
      return await work(close)
    } finally {
      if (closed) {
        reset()
        await opened()
      }
    }
  }

  /**
   * Locks now: keys are zeroed and every feature drops what it decrypted. Then main loads the app
   * afresh on the lock screen, so what no code can zero (libsodium's freed heap, strings the
   * garbage collector has not reclaimed) goes with the old page.
   */
  function lock(reason: LockReason = 'user'): void {
    if (status.value !== 'unlocked') return
    // Read before anything is dropped: the screen and its focus are still there.
    const place = readPlace()
    current().lock()
    idle.disarm()
    unreadable.value = []
    notices.value = []
    replaceable.value = new Set()
    flows.forget()
    backups.forget()
    status.value = 'locked'
    lastLockReason.value = reason
    for (const listener of lockListeners) listener(reason)
    // Without main (a page opened outside Afterview), or if main cannot answer, the lock above
    // still holds; the lock screen waits for the fresh page otherwise, so nothing typed is lost.
    if (!window.afterview) return
    locking.value = true
    host()
      .call('vault/locked', place ? { reason, place } : { reason })
      .catch(() => {
        locking.value = false
      })
  }

  /** The encrypted record store; its calls throw `locked` while the vault is locked. */
  function records(): RecordStore {
    return current().records
  }

  /**
   * Changes the idle time before auto-lock (1 to 120 minutes), stored encrypted. When the stored
   * setting could not be read, Settings says so beside this field, so choosing here is the
   * user's choice to replace it.
   */
  async function setAutoLockMinutes(minutes: number): Promise<void> {
    const clamped = Math.min(MAX_AUTO_LOCK_MINUTES, Math.max(1, Math.round(minutes)))
    autoLockMinutes.value = clamped
    idle.arm()
    if (autoLockUnreadable.value) allowReplacing({ table: SETTINGS_TABLE, id: SETTINGS_ID })
    await current().records.put(SETTINGS_TABLE, SETTINGS_ID, { autoLockMinutes: clamped })
    autoLockUnreadable.value = false
  }

  /** The user chose to let Afterview save over an unreadable row (it stays listed until then). */
  function allowReplacing(row: Pick<UnreadableRecord, 'table' | 'id'>): void {
    current().records.allowReplacing(row.table, row.id)
    replaceable.value = new Set([...replaceable.value, `${row.table}/${row.id}`])
  }

  /** Re-reads every record and lists the ones that cannot be read. */
  async function checkRecords(): Promise<UnreadableRecord[]> {
    unreadable.value = await current().records.scan()
    return unreadable.value
  }

  return {
    status,
    ready,
    locking,
    autoLockMinutes,
    autoLockUnreadable,
    replaceable,
    allowReplacing,
    lastLockReason,
    unreadable,
    notices,
    recoverHeader,
    forgetMissing,
    pendingRecoveryCode: flows.pendingRecoveryCode,
    init,
    create: flows.create,
    join: flows.join,
    syncAccess: flows.syncAccess,
    confirmRecoveryCodeStored: flows.confirmRecoveryCodeStored,
    unlock: flows.unlock,
    resetWithRecoveryCode: flows.resetWithRecoveryCode,
    changePassphrase: flows.changePassphrase,
    passphraseChanged: flows.passphraseChanged,
    forgetPassphraseChanged: flows.forgetPassphraseChanged,
    newRecoveryCode: flows.newRecoveryCode,
    lock,
    records,
    setAutoLockMinutes,
    watch: idle.watch,
    backUpNow: backups.backUpNow,
    chooseBackup: backups.chooseBackup,
    restore: backups.restore,
    takeRestoreSummary: backups.takeRestoreSummary,
    checkRecords,
  }
})
