/**
 * The vault of the renderer: the header in IndexedDB, the keys in memory while unlocked, and the
 * key flows (create, unlock, lock, change passphrase, reset with the recovery code). Framework-
 * free so tests drive it directly; the Pinia store wraps it for the UI.
 */
import { VaultError } from '@shared/vault/errors'
import { TEST_ONLY_KDF, type KdfCost } from '@shared/vault/kdf'
import { decodeVaultHeader, encodeVaultHeader, type VaultHeader } from '@shared/vault/keySlots'
import { deriveVaultKeys, wipeKeys, type VaultKeys } from '@shared/vault/subkeys'
import {
  createVaultKeys,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  type SlotCostOptions,
} from '@shared/vault/vaultKeys'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultDb } from './db'
import { mark } from '../perf/marks'
import type { KdfRunner } from './kdfRunner'
import { RecordStore, type UnreadableRecord } from './recordStore'

/** The meta key the header is stored under. */
export const HEADER_KEY = 'header'

/** What a vault is built from. */
export interface VaultDeps {
  db: VaultDb
  sodium: Sodium
  kdf: KdfRunner
  /** Tests only: create slots with the tiny test cost instead of calibrating. */
  testOnlyWeakKdf?: boolean
  /** Told about rows that could not be read. */
  onUnreadable?: (rows: UnreadableRecord[]) => void
}

/** The vault: header on disk, keys in memory while unlocked. */
export class Vault {
  private keys: VaultKeys | null = null
  private header: VaultHeader | null = null
  /** The record store; every call throws `locked` while the vault is locked. */
  readonly records: RecordStore

  constructor(readonly deps: VaultDeps) {
    this.records = new RecordStore(
      deps.db,
      deps.sodium,
      () => this.requireKeys(),
      deps.onUnreadable,
    )
  }

  /** True when a vault exists in this profile. */
  async exists(): Promise<boolean> {
    return (await this.deps.db.meta.get(HEADER_KEY)) !== undefined
  }

  /** True while the keys are in memory. */
  get unlocked(): boolean {
    return this.keys !== null
  }

  /** Creates the vault and unlocks it; answers the recovery code to show once. */
  async create(passphrase: string): Promise<string> {
    if (await this.exists()) throw new VaultError('vault-exists', 'a vault already exists')
    const created = await createVaultKeys(
      this.deps.sodium,
      passphrase,
      this.deps.kdf.derive,
      await this.slotCost(),
    )
    await this.deps.db.meta.put({ key: HEADER_KEY, value: encodeVaultHeader(created.header) })
    this.open(created.header, created.dataKey)
    return created.recoveryCode
  }

  /** Unlocks with the passphrase. Errors: wrong-passphrase, corrupt-header, no-vault … */
  async unlock(passphrase: string): Promise<void> {
    const header = await this.readHeader()
    mark('willDeriveKey')
    const dataKey = await unlockWithPassphrase(
      this.deps.sodium,
      header,
      passphrase,
      this.deps.kdf.derive,
    )
    mark('didDeriveKey')
    this.open(header, dataKey)
  }

  /**
   * Unlocks with the recovery code and sets a new passphrase (the forgotten one stops working).
   * Errors: invalid-recovery-code, wrong-recovery-code; nothing is written on failure.
   */
  async resetWithRecoveryCode(recoveryCode: string, newPassphrase: string): Promise<void> {
    const header = await this.readHeader()
    const dataKey = await unlockWithRecoveryCode(
      this.deps.sodium,
      header,
      recoveryCode,
      this.deps.kdf.derive,
    )
    try {
      const next = await rewrapPassphrase(
        this.deps.sodium,
        header,
        dataKey,
        newPassphrase,
        this.deps.kdf.derive,
        await this.slotCost(),
      )
      await this.deps.db.meta.put({ key: HEADER_KEY, value: encodeVaultHeader(next) })
      this.open(next, dataKey)
    } catch (error) {
      this.deps.sodium.memzero(dataKey)
      throw error
    }
  }

  /** Re-wraps the data key under a new passphrase after checking the current one. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const keys = this.requireKeys()
    const header = await this.readHeader()
    const check = await unlockWithPassphrase(
      this.deps.sodium,
      header,
      current,
      this.deps.kdf.derive,
    )
    this.deps.sodium.memzero(check)
    const rewrapped = await rewrapPassphrase(
      this.deps.sodium,
      header,
      keys.dataKey,
      next,
      this.deps.kdf.derive,
      await this.slotCost(),
    )
    await this.deps.db.meta.put({ key: HEADER_KEY, value: encodeVaultHeader(rewrapped) })
    this.header = rewrapped
  }

  /** Zeroes every key. Safe to call when already locked. */
  lock(): void {
    if (this.keys) wipeKeys(this.deps.sodium, this.keys)
    this.keys = null
  }

  /** The keys, or `locked`. For backups and restores in this folder only. */
  requireKeys(): VaultKeys {
    if (!this.keys) throw new VaultError('locked', 'the vault is locked')
    return this.keys
  }

  /** The header of the unlocked vault. */
  requireHeader(): VaultHeader {
    if (!this.header || !this.keys) throw new VaultError('locked', 'the vault is locked')
    return this.header
  }

  /** Replaces the keys and header in memory (after a restore swapped the data in). */
  adopt(header: VaultHeader, keys: VaultKeys): void {
    this.lock()
    this.header = header
    this.keys = keys
  }

  private open(header: VaultHeader, dataKey: Uint8Array): void {
    this.adopt(header, deriveVaultKeys(this.deps.sodium, dataKey, header.keyId))
  }

  private async readHeader(): Promise<VaultHeader> {
    const row = await this.deps.db.meta.get(HEADER_KEY)
    if (!row) throw new VaultError('no-vault', 'no vault in this profile')
    return decodeVaultHeader(row.value)
  }

  private async slotCost(): Promise<SlotCostOptions> {
    if (this.deps.testOnlyWeakKdf) return { cost: TEST_ONLY_KDF, testOnlyWeakKdf: true }
    const cost: KdfCost = await this.deps.kdf.calibrate()
    return { cost }
  }
}
