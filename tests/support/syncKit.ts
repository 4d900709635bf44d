/**
 * Sync test helpers: engines over one in-memory synced folder, with real libsodium and a clock
 * the test moves. Production code never imports this file.
 */
import { SyncEngine, type SyncKeyring } from '@shared/sync/syncEngine'
import type { Sodium } from '@shared/vault/sodium'
import { deriveSyncKey } from '@shared/vault/subkeys'
import { SyncedFolders } from './syncedFolders'

/** A sync keyring from a fresh random data key with id `keyId`. */
export function keyring(sodium: Sodium, keyId = 1): SyncKeyring {
  const dataKey = sodium.randombytes_buf(32)
  return { keyId, key: deriveSyncKey(sodium, dataKey), older: new Map() }
}

/** A clock the test moves by hand (epoch ms). */
export function testClock(start = Date.UTC(2026, 11, 5, 9)) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

/** `count` engines sharing one key over one synced folder, each with its own device id. */
export function engines(sodium: Sodium, count: number, keys = keyring(sodium)) {
  const folders = new SyncedFolders(count)
  const clock = testClock()
  const newDeviceId = () => sodium.to_hex(sodium.randombytes_buf(16))
  const devices = Array.from(
    { length: count },
    (_, i) =>
      new SyncEngine({
        sodium,
        folder: folders.port(i),
        keys,
        now: clock.now,
        newDeviceId,
        local: { device: newDeviceId(), seq: 0, published: null },
      }),
  )
  return { folders, clock, devices, keys, newDeviceId }
}

/** True when `haystack` holds `needle`'s UTF-8 bytes anywhere. */
export function holdsText(haystack: Uint8Array, needle: string): boolean {
  const bytes = new TextEncoder().encode(needle)
  outer: for (let i = 0; i + bytes.length <= haystack.length; i++) {
    for (let j = 0; j < bytes.length; j++) if (haystack[i + j] !== bytes[j]) continue outer
    return true
  }
  return false
}
