/**
 * The key flows as the vault store runs them: creating or joining a vault, unlocking, a reset with
 * the recovery code, a new passphrase or recovery code, and sync taking up a change of passphrase
 * made on another computer. With them, what the screens show afterwards: a new recovery code until
 * the user has stored it, and the news of a passphrase change. The flows themselves are in vault.ts.
 */
import { ref } from 'vue'
import { mark, resetStartupMarks } from '../perf/marks'
import type { VaultSession } from './store'

/** The key flows of one vault store. */
export function keyFlows(vault: VaultSession) {
  const { current, run, closingSession } = vault
  /** The recovery code of a vault just created, until the user confirms they stored it. */
  const pendingRecoveryCode = ref<string | null>(null)
  /** True from a passphrase change until the user starts another or the vault locks. */
  const passphraseChanged = ref(false)

  /** Creates the vault; answers the recovery code, which is shown once and never stored. */
  async function create(passphrase: string): Promise<string> {
    let code = ''
    await run('new', async () => {
      code = await current().create(passphrase)
      pendingRecoveryCode.value = code
    })
    return code
  }

  /** Joins a synced vault from its header copy (the first-run screen), and unlocks. */
  async function join(headerText: string, passphrase: string): Promise<void> {
    await run('new', () => current().join(headerText, passphrase))
  }

  /**
   * What sync needs of the open vault: its records, keys and header copy, and taking up a change
   * of passphrase made on another computer (`copy` is the header it wrote). That moves every row
   * to the new key as a change made here does, so the session closes meanwhile.
   */
  function syncAccess() {
    const opened = current()
    return {
      sodium: opened.deps.sodium,
      records: opened.records,
      keys: () => opened.requireKeys(),
      headerText: () => opened.headerText(),
      adoptHeader: (copy: string, passphrase: string) =>
        closingSession((close) => opened.adoptHeader(copy, passphrase, close)),
    }
  }

  /** The user confirmed they stored the recovery code: forget it and open the app. */
  function confirmRecoveryCodeStored(): void {
    pendingRecoveryCode.value = null
  }

  /** Unlocks with the passphrase. Rejects with a typed error (e.g. wrong-passphrase). */
  async function unlock(passphrase: string): Promise<void> {
    resetStartupMarks()
    mark('willUnlock')
    await run('locked', () => current().unlock(passphrase))
  }

  /** Sets a new passphrase using the recovery code, and unlocks. */
  async function resetWithRecoveryCode(code: string, newPassphrase: string): Promise<void> {
    await run('locked', () => current().resetWithRecoveryCode(code, newPassphrase))
  }

  /**
   * Changes the passphrase under a new data key (checks the current one first). A vault whose
   * old-format recovery code could not follow gets a new code, shown like the first one.
   */
  async function changePassphrase(currentPassphrase: string, next: string): Promise<void> {
    const code = await closingSession(async (close) => {
      const made = await current().changePassphrase(currentPassphrase, next, close)
      // Said before the app reopens: the screen that asked may be drawn afresh with it.
      passphraseChanged.value = true
      return made
    })
    if (code) pendingRecoveryCode.value = code
  }

  /** The news of a passphrase change was read: Settings stops saying it. */
  function forgetPassphraseChanged(): void {
    passphraseChanged.value = false
  }

  /** Makes a new recovery code (the old one ends) and shows it until the user has stored it. */
  async function newRecoveryCode(passphrase: string): Promise<void> {
    pendingRecoveryCode.value = await closingSession((close) =>
      current().newRecoveryCode(passphrase, close),
    )
  }

  /** Forgets the recovery code on screen and the news of a change (the vault locked). */
  function forget(): void {
    pendingRecoveryCode.value = null
    passphraseChanged.value = false
  }

  return {
    pendingRecoveryCode,
    passphraseChanged,
    create,
    join,
    syncAccess,
    confirmRecoveryCodeStored,
    unlock,
    resetWithRecoveryCode,
    changePassphrase,
    forgetPassphraseChanged,
    newRecoveryCode,
    forget,
  }
}
