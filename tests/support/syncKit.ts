/**
 * Sync test helpers: engines over one in-memory synced folder, with real libsodium and a clock
 * the test moves. Production code never imports this file.
 */
import type { SnapshotPolicy } from '@shared/sync/compaction'
import type { RecordValue } from '@shared/sync/recordDoc'
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

/** An application as the engine tests keep it: accented names, three interviewers, euros. */
export function application(n: number): RecordValue {
  return {
    company: `Þórsdóttir & Nguyễn Conseil ${n}`,
    role: 'Cheffe de projet',
    interviewers: ['Zoë Kowalczyk-Ångström', 'Oluwaseun Adébáyọ̀', 'Siobhán Ní Bhraonáin'],
    pay: { minor: 84_000_00 + n, currency: 'EUR' },
  }
}

/** Each of `devices` in turn syncs with everything delivered to it; then all is delivered. */
export async function round(
  folders: { deliverAll(): void },
  devices: readonly SyncEngine[],
): Promise<void> {
  for (const device of devices) {
    folders.deliverAll()
    await device.sync()
  }
  folders.deliverAll()
}

/** The names of device `device`'s files in folder view `view`, sorted. */
export function filesOf(
  folders: { names(view: number): string[] },
  view: number,
  device: string,
): string[] {
  return folders
    .names(view)
    .filter((n) => n.startsWith(`devices/${device}/`))
    .map((n) => n.slice(n.lastIndexOf('/') + 1))
    .sort()
}
