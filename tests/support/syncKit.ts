/**
 * Sync test helpers: engines over one in-memory synced folder, with real libsodium and a clock
 * the test moves. Production code never imports this file.
 */
import type { SnapshotPolicy } from '@shared/sync/compaction'
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

/**
 * `count` engines sharing one key over one synced folder, each with its own device id, and a
 * way to add a device later that joins from the folder as device 0 sees it.
 */
export function engines(
  sodium: Sodium,
  count: number,
  keys = keyring(sodium),
  snapshotPolicy?: SnapshotPolicy,
) {
  const folders = new SyncedFolders(count)
  const clock = testClock()
  const newDeviceId = () => sodium.to_hex(sodium.randombytes_buf(16))
  const engine = (view: number, saved?: SyncEngine) =>
    new SyncEngine({
      sodium,
      folder: folders.port(view),
      keys,
      now: clock.now,
      newDeviceId,
      local: saved?.localState() ?? { device: newDeviceId(), seq: 0, published: null },
      ...(saved ? { records: saved.records.encodeState() } : {}),
      ...(snapshotPolicy ? { snapshotPolicy } : {}),
    })
  const devices = Array.from({ length: count }, (_, i) => engine(i))
  const join = (from = 0) => engine(folders.addDevice(from))
  /** An engine over folder view `view` started from `saved`'s state as it would keep it. */
  const resume = (saved: SyncEngine, view: number) => engine(view, saved)
  return { folders, clock, devices, keys, newDeviceId, join, resume }
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
