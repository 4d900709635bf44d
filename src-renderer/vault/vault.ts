/**
 * The vault of the renderer: the key flows (create, join, unlock, change passphrase, reset with
 * the recovery code, a new recovery code, adopting another computer's change) over what it holds
 * (vaultState.ts: the header in IndexedDB, the keys in memory while unlocked, locking).
 * Framework-free so tests drive it directly; the Pinia store wraps it for the UI.
 *
 * A change of passphrase or recovery code replaces the data key (a rotation): the journal is
 * stored in the header first, then every row is re-encrypted (and every attachment it names moved
 * to a new file under a new key), then the final header is stored.
 * Unlocking a vault whose rotation was interrupted finishes it.
 */
import { VaultError } from '@shared/vault/errors'
import { decodeVaultHeader, type VaultHeader } from '@shared/vault/vaultHeader'
import {
  adoptRotation,
  finishRotation,
  resumeRotation,
  startRotation,
  type KeyWithId,
  type RecoveryPlan,
} from '@shared/vault/rotationKeys'
import { deriveVaultKeys, wipeKeys } from '@shared/vault/subkeys'
import {
  createVaultKeys,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
} from '@shared/vault/vaultKeys'
import type { RotationStep } from './rotation'
import { mark } from '../perf/marks'
import { VaultState } from './vaultState'

/** The vault: header on disk, keys in memory while unlocked (vaultState.ts), and its key flows. */
export class Vault extends VaultState {
  /** Creates the vault and unlocks it; answers the recovery code to show once. */
  async create(passphrase: string): Promise<string> {
    if (await this.exists()) throw new VaultError('vault-exists', 'a vault already exists')
    // Rows without a header: the header row was lost. A new key would leave them unreadable.
    if ((await this.deps.db.records.count()) > 0) {
      throw new VaultError('vault-exists', 'records exist without a header')
    }
    const created = await createVaultKeys(
      this.deps.sodium,
      passphrase,
      this.deps.kdf.derive,
      await this.slotCost(),
    )
    await this.storeHeader(created.header)
    this.open(created.header, created.dataKey)
    await this.records.manifest.start()
    return created.recoveryCode
  }

  /**
   * Sets this computer up as another device of a synced vault: `headerText` is the header copy
   * in the synced folder, and the passphrase must open it before anything is stored. The vault
   * starts empty; sync brings its records. Errors: vault-exists, corrupt-header, wrong-passphrase.
   */
  async join(headerText: string, passphrase: string): Promise<void> {
    if (await this.exists()) throw new VaultError('vault-exists', 'a vault already exists')
    if ((await this.deps.db.records.count()) > 0) {
      throw new VaultError('vault-exists', 'records exist without a header')
    }
    const header = decodeVaultHeader(headerText)
    if (header.rotation) throw new VaultError('corrupt-header', 'a change of key is under way')
    const dataKey = await unlockWithPassphrase(
      this.deps.sodium,
      header,
      passphrase,
      this.deps.kdf.derive,
    )
    await this.storeHeader(header)
    this.open(header, dataKey)
    await this.records.manifest.start()
  }

  /**
   * Unlocks with the passphrase, finishing an interrupted rotation first. Errors:
   * wrong-passphrase, rotation-pending (the old passphrase during a rotation), corrupt-header …
   */
  async unlock(passphrase: string): Promise<void> {
    const header = await this.readHeader()
    mark('willDeriveKey')
    if (header.rotation) {
      const resumed = await resumeRotation(
        this.deps.sodium,
        header,
        { passphrase },
        this.deps.kdf.derive,
      )
      mark('didDeriveKey')
      await this.completeRotation(header, resumed.previous, resumed.next)
      return
    }
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
   * Unlocks with the recovery code and sets a new passphrase under a new data key (the
   * forgotten passphrase opens nothing written afterwards). The same code keeps working.
   * Errors: invalid-recovery-code, wrong-recovery-code; nothing is written on failure.
   */
  async resetWithRecoveryCode(recoveryCode: string, newPassphrase: string): Promise<void> {
    let header = await this.readHeader()
    let current: KeyWithId
    if (header.rotation) {
      const resumed = await resumeRotation(
        this.deps.sodium,
        header,
        { recoveryCode },
        this.deps.kdf.derive,
      )
      await this.completeRotation(header, resumed.previous, resumed.next)
      header = this.requireHeader()
      current = { dataKey: this.requireKeys().dataKey.slice(), keyId: header.keyId }
    } else {
      const dataKey = await unlockWithRecoveryCode(
        this.deps.sodium,
        header,
        recoveryCode,
        this.deps.kdf.derive,
      )
      current = { dataKey, keyId: header.keyId }
    }
    // A format-1 slot cannot take a new key without the code; the code was just typed.
    const plan: RecoveryPlan = header.recovery ? 'keep' : { code: recoveryCode }
    await this.rotate(header, current, newPassphrase, plan)
  }

  /**
   * Sets a new passphrase under a new data key, after checking the current passphrase. Answers a
   * new recovery code when the vault's old-format recovery slot could not follow (shown once).
   */
  async changePassphrase(
    current: string,
    next: string,
    beforeRows?: () => void,
  ): Promise<string | null> {
    const header = await this.checkPassphrase(current)
    return this.rotate(header, this.copyOfCurrentKey(), next, 'keep', beforeRows)
  }

  /**
   * Makes a new recovery code under a new data key (the old code, even with an old copy of the
   * header, opens nothing written afterwards). Answers the code, to show once.
   */
  async newRecoveryCode(passphrase: string, beforeRows?: () => void): Promise<string> {
    const header = await this.checkPassphrase(passphrase)
    const code = await this.rotate(
      header,
      this.copyOfCurrentKey(),
      passphrase,
      'new-code',
      beforeRows,
    )
    if (code === null) throw new VaultError('corrupt-header', 'no recovery code was made')
    return code
  }

  /**
   * Takes up the change of passphrase another computer of a synced vault made: `headerText` is
   * the header it wrote (the synced folder's copy), `passphrase` its new passphrase. The key that
   * opens is journalled and every row moves to it through the same path as a change made here;
   * the recovery code becomes the other computer's. Errors: wrong-passphrase (nothing written),
   * corrupt-header (the copy is damaged, or is this vault's own key).
   */
  async adoptHeader(
    headerText: string,
    passphrase: string,
    beforeRows?: () => void,
  ): Promise<void> {
    const { sodium } = this.deps
    const header = await this.readHeader()
    const current = this.copyOfCurrentKey()
    let journalled: VaultHeader
    let next: KeyWithId | null = null
    try {
      const target = decodeVaultHeader(headerText)
      if (target.rotation || target.keyId === current.keyId) {
        throw new VaultError('corrupt-header', 'the copy is not a finished change of key')
      }
      const dataKey = await unlockWithPassphrase(sodium, target, passphrase, this.deps.kdf.derive)
      next = { dataKey, keyId: target.keyId }
      journalled = adoptRotation(sodium, header, current, target, next)
      beforeRows?.()
      await this.storeHeader(journalled)
      this.step({ kind: 'journal-stored' })
    } catch (error) {
      sodium.memzero(current.dataKey)
      if (next) sodium.memzero(next.dataKey)
      throw error
    }
    await this.completeRotation(journalled, current, next)
  }

  private async checkPassphrase(passphrase: string): Promise<VaultHeader> {
    this.requireKeys()
    const header = await this.readHeader()
    const check = await unlockWithPassphrase(
      this.deps.sodium,
      header,
      passphrase,
      this.deps.kdf.derive,
    )
    this.deps.sodium.memzero(check)
    return header
  }

  private copyOfCurrentKey(): KeyWithId {
    const keys = this.requireKeys()
    return { dataKey: keys.dataKey.slice(), keyId: keys.keyId }
  }

  /**
   * Starts a rotation from `current` (consumed: zeroed or kept by the vault) and finishes it.
   * `beforeRows` runs once the secret was checked, before anything is written: what the app holds
   * in memory names attachment files the rotation is about to replace.
   */
  private async rotate(
    header: VaultHeader,
    current: KeyWithId,
    passphrase: string,
    plan: RecoveryPlan,
    beforeRows?: () => void,
  ): Promise<string | null> {
    const { sodium } = this.deps
    let started
    try {
      started = await startRotation(
        sodium,
        header,
        current,
        passphrase,
        plan,
        this.deps.kdf.derive,
        await this.slotCost(),
      )
      this.step({ kind: 'keys-made' })
      beforeRows?.()
      await this.storeHeader(started.header)
      this.step({ kind: 'journal-stored' })
    } catch (error) {
      sodium.memzero(current.dataKey)
      throw error
    }
    await this.completeRotation(started.header, current, started.next)
    return started.recoveryCode
  }

  /**
   * Re-encrypts every row still under `previous`, then stores the final header. From the start,
   * saves use the next key and reads fall back to the previous one for rows not yet done.
   */
  private async completeRotation(
    journalled: VaultHeader,
    previous: KeyWithId,
    next: KeyWithId,
  ): Promise<void> {
    const { sodium, db } = this.deps
    // Loaded when a change of key runs (rarely), not with the lock screen.
    const { reencryptRows } = await import('./rotation')
    const previousKeys = deriveVaultKeys(sodium, previous.dataKey, previous.keyId)
    const nextKeys = deriveVaultKeys(sodium, next.dataKey, next.keyId)
    this.useKeys(journalled, { ...nextKeys, previous: previousKeys })
    // Before any row moves: from here the manifest is authenticated under the next key.
    await this.records.manifest.rekey()
    await db.strictly((strict) =>
      reencryptRows(
        strict,
        sodium,
        previousKeys,
        nextKeys,
        (step) => this.step(step),
        this.deps.rotationBatchRows,
        this.deps.files,
      ),
    )
    const final = finishRotation(journalled)
    await this.storeHeader(final)
    this.step({ kind: 'finished' })
    wipeKeys(sodium, previousKeys)
    this.header = final
    this.keys = nextKeys
  }

  private step(step: RotationStep): void {
    this.deps.onRotationStep?.(step)
  }
}
