/**
 * The OS keychain through Electron's safeStorage, for main's own small files (reminders.json).
 * Whether it protects anything is decided by `keychainProtects`, pure and tested beside it.
 */
import { safeStorage } from 'electron'
import type { KeychainPort } from '../ports'
import { keychainProtects } from './keychainPolicy'

/** safeStorage as a keychain port. Call after the app is ready (safeStorage needs it). */
export function electronKeychain(): KeychainPort {
  return {
    available: () =>
      keychainProtects({
        platform: process.platform,
        encryptionAvailable: safeStorage.isEncryptionAvailable(),
        linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
      }),
    seal: async (text) => safeStorage.encryptString(text),
    open: async (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  }
}
