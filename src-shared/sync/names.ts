/**
 * Names inside the synced folder. Each device writes only under `devices/<device id>/`:
 *
 *   devices/<id>/batch-<seq>.avsync      a sealed batch of changes, never rewritten
 *   devices/<id>/snapshot-<seq>.avsync   a sealed snapshot of everything up to batch <seq>
 *   devices/<id>/device.avsync           the device's sealed status (rewritten whole)
 *   vault-header.json                    a copy of the (non-secret) vault header
 *
 * Sync services copy a file they think two writers changed under another name: Dropbox
 * `batch-7 (conflicted copy 2026-12-05).avsync`, Syncthing
 * `batch-7.sync-conflict-20261205-101010-ABCDEFG.avsync`, OneDrive `batch-7-LAPTOP.avsync`,
 * Google Drive `batch-7 (1).avsync`, iCloud `batch-7 2.avsync`. Such a name is read as a
 * candidate for the same file: the sealed header, not the name, says what the file is, and the
 * reader dedupes by it. Names starting with `.` or `~` are a sync service's or an atomic
 * write's files in progress, and are skipped until they get their final name. One of them says
 * more: iCloud Drive, when it keeps a file only online ("Optimise Mac Storage"), leaves
 * `.batch-7.avsync.icloud` in its place, which no read brings down (`onlineOnlyName`).
 */
import { isDeviceId, type SyncFileKind } from './syncFile'

/** The folder's copy of the vault header. */
export const VAULT_HEADER_NAME = 'vault-header.json'
const EXTENSION = '.avsync'
const NUMBERED = /^(batch|snapshot)-(\d{1,10})(?!\d)(.*)$/
const DEVICE_FILE = /^device(?![a-z0-9])(.*)$/i

/** What a name in the folder says it holds (a hint until the file's header opens). */
export interface ParsedName {
  device: string
  kind: SyncFileKind
  /** The sequence in the name; 0 for a device file. */
  seq: number
  /** True when the name is a sync service's copy (conflict, duplicate). */
  copy: boolean
}

/** The name a device writes file (`kind`, `seq`) under. */
export function syncFileName(device: string, kind: SyncFileKind, seq: number): string {
  if (!isDeviceId(device)) throw new RangeError('not a device id')
  const file = kind === 'device' ? 'device' : `${kind}-${seq}`
  return `devices/${device}/${file}${EXTENSION}`
}

/** The folder of one device's files. */
export function deviceFolder(device: string): string {
  return `devices/${device}/`
}

/** Reads a name listed in the folder; null for anything that is not a sync file. */
export function parseSyncName(name: string): ParsedName | null {
  const parts = name.split('/')
  if (parts.length !== 3 || parts[0] !== 'devices' || !isDeviceId(parts[1]!)) return null
  const file = parts[2]!
  if (file.startsWith('.') || file.startsWith('~') || !file.endsWith(EXTENSION)) return null
  const stem = file.slice(0, -EXTENSION.length)
  const numbered = NUMBERED.exec(stem)
  if (numbered) {
    return {
      device: parts[1]!,
      kind: numbered[1] as 'batch' | 'snapshot',
      seq: Number(numbered[2]),
      copy: numbered[3] !== '',
    }
  }
  const device = DEVICE_FILE.exec(stem)
  if (device) return { device: parts[1]!, kind: 'device', seq: 0, copy: device[1] !== '' }
  return null
}

const ICLOUD_PLACEHOLDER = /^\.(.+)\.icloud$/

/**
 * The sync file that iCloud Drive's placeholder `name` stands for (it keeps the file only online
 * and leaves `.batch-7.avsync.icloud` in its place); null for any other name.
 */
export function onlineOnlyName(name: string): string | null {
  const slash = name.lastIndexOf('/')
  const placeholder = ICLOUD_PLACEHOLDER.exec(name.slice(slash + 1))
  if (!placeholder) return null
  const real = name.slice(0, slash + 1) + placeholder[1]!
  return parseSyncName(real) ? real : null
}
