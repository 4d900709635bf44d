/**
 * What the vault holds: the header row in IndexedDB (and main's copy of it), the keys in memory
 * while unlocked, and the record store that reads and writes under them. The key flows that
 * change them (create, unlock, a rotation …) build on this in vault.ts.
 */
import { VaultError } from '@shared/vault/errors'
import { TEST_ONLY_KDF, type KdfCost } from '@shared/vault/kdf'
import { decodeVaultHeader, encodeVaultHeader, type VaultHeader } from '@shared/vault/vaultHeader'
import { deriveVaultKeys, wipeKeys, type VaultKeys } from '@shared/vault/subkeys'
import { withSlotChecks } from '@shared/vault/slotChecks'
import type { SlotCostOptions } from '@shared/vault/vaultKeys'
import type { RotationStep } from './rotation'
import type { RotationFiles } from './rotationFiles'
import type { Sodium } from '@shared/vault/sodium'
import type { VaultDb } from './db'
import type { KdfRunner } from './kdfRunner'
import { RecordStore, type UnreadableRecord } from './recordStore'
import type { VaultKeeper } from './keeper'
import type { IntegrityNotice } from './manifestStore'

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
  /** Told what unlocking found about the vault as a whole (an older copy put back …). */
  onIntegrity?: (notice: IntegrityNotice) => void
  /** Main's copy of the header and of the manifest's generation; none in some tests. */
  keeper?: VaultKeeper
  /** Told each step of a rotation as it is passed (progress; a test's crash point). */
  onRotationStep?: (step: RotationStep) => void
  /** Rows re-encrypted per transaction in a rotation (tests use a few, for many steps). */
  rotationBatchRows?: number
  /** Main's attachment files, moved under new keys by a rotation; none in some tests. */
  files?: RotationFiles
}

/** The header on disk and the keys in memory while unlocked; the Vault (vault.ts) is one. */
export abstract class VaultState {
  protected keys: VaultKeys | null = null
  protected header: VaultHeader | null = null
  /** The record store; every call throws `locked` while the vault is locked. */
  readonly records: RecordStore

  constructor(readonly deps: VaultDeps) {
    this.records = new RecordStore(
      deps.db,
      deps.sodium,
      () => this.requireKeys(),
      deps.onUnreadable,
      { ...(deps.keeper ? { keeper: deps.keeper } : {}), notice: deps.onIntegrity ?? (() => {}) },
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

  /** The stored header as text (non-secret): the copy a synced folder holds. */
  async headerText(): Promise<string> {
    this.requireKeys()
    const row = await this.deps.db.meta.get(HEADER_KEY)
    if (!row) throw new VaultError('no-vault', 'no vault in this profile')
    return row.value
  }

  /** Zeroes every key and forgets what was unreadable. Safe to call when already locked. */
  lock(): void {
    this.dropKeys()
    this.records.close()
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
    this.useKeys(header, keys)
  }

  /** Replaces the keys in memory without forgetting unreadable rows (a rotation in a session). */
  protected useKeys(header: VaultHeader, keys: VaultKeys): void {
    this.dropKeys()
    this.header = header
    this.keys = keys
  }

  private dropKeys(): void {
    if (this.keys) wipeKeys(this.deps.sodium, this.keys)
    this.keys = null
  }

  protected async storeHeader(header: VaultHeader): Promise<void> {
    const text = encodeVaultHeader(withSlotChecks(this.deps.sodium, header))
    await this.deps.db.putMetaStrict({ key: HEADER_KEY, value: text })
    await this.keepHeaderCopy(text)
  }

  /** Gives main the header text to keep, for when the header row is lost. */
  async keepHeaderCopy(text: string): Promise<void> {
    // The copy is a spare: a vault whose copy could not be written still works, as before.
    await this.deps.keeper?.keepHeader(text).catch(() => {})
  }

  protected open(header: VaultHeader, dataKey: Uint8Array): void {
    this.adopt(header, deriveVaultKeys(this.deps.sodium, dataKey, header.keyId))
  }

  protected async readHeader(): Promise<VaultHeader> {
    const row = await this.deps.db.meta.get(HEADER_KEY)
    if (!row) throw new VaultError('no-vault', 'no vault in this profile')
    return decodeVaultHeader(row.value)
  }

  protected async slotCost(): Promise<SlotCostOptions> {
    if (this.deps.testOnlyWeakKdf) return { cost: TEST_ONLY_KDF, testOnlyWeakKdf: true }
    const cost: KdfCost = await this.deps.kdf.calibrate()
    return { cost }
  }
}
