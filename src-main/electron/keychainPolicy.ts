/**
 * Whether Electron's safeStorage really protects what it seals. On Linux without a secret
 * service it still "encrypts", with a fixed password anyone can read in Chromium's source (the
 * `basic_text` backend): that is no protection, and main then writes its file the plain way,
 * which at least rounds the times it holds (reminders/reminderFile.ts).
 */

/** What the Electron wiring reads from safeStorage. */
export interface KeychainFacts {
  platform: string
  /** safeStorage.isEncryptionAvailable() */
  encryptionAvailable: boolean
  /** safeStorage.getSelectedStorageBackend() on Linux, else null. */
  linuxBackend: string | null
}

/** True when sealing with safeStorage keeps the text from someone who only has the disk. */
export function keychainProtects(facts: KeychainFacts): boolean {
  if (!facts.encryptionAvailable) return false
  if (facts.platform !== 'linux') return true
  return (
    facts.linuxBackend !== null &&
    facts.linuxBackend !== 'basic_text' &&
    facts.linuxBackend !== 'unknown'
  )
}
