/**
 * What the sync reader knows of each file in the folder: which it has merged (so a file is read
 * again only when it changes), which numbers each device has written, which files wait or failed
 * and since when. Files are identified by their sealed header (device, number) and their bytes,
 * never by their name, so a sync service's "conflicted copy" of a file is a duplicate, and two
 * different files under one device's number are a clash (one id on two machines).
 */
import type { Instant } from '../domain/time'
import type { FolderEntry } from './folder'
import type { SyncFileHeader, SyncFileProblem } from './syncFile'
import type { DeviceStatus, FailedReason, FileIssue, WaitingReason } from './status'

/** How long a file may stay unchanged and unreadable before it counts as damaged (ms). */
export const DAMAGED_AFTER_MS = 30 * 60_000

type Problem = SyncFileProblem | 'misplaced'

interface Issue {
  problem: Problem
  keyId?: number
  since: Instant
  attempts: number
  token: string
}

interface DeviceFiles {
  seqs: Set<number>
  lastSeq: number
  /** Every file numbered up to this is covered by a snapshot merged here. */
  floor: number
  lastSyncAt: Instant | null
  clash: boolean
}

/** What a newly opened file is, against the files already read. */
export type Identity = 'new' | 'duplicate' | 'clash'

function token(entry: FolderEntry): string {
  return `${entry.size}:${entry.modified}`
}

/** The reader's memory of the folder. */
export class FileLedger {
  private readonly handled = new Map<string, string>()
  private readonly hashes = new Map<string, string>()
  private readonly issues = new Map<string, Issue>()
  private readonly devices = new Map<string, DeviceFiles>()

  /** True when `entry` is new or changed since it was last merged or found a duplicate. */
  needsRead(entry: FolderEntry): boolean {
    return this.handled.get(entry.name) !== token(entry)
  }

  /** Remembers that `entry`, as listed, is merged (or a duplicate): not read again unchanged. */
  markHandled(entry: FolderEntry): void {
    this.handled.set(entry.name, token(entry))
    this.issues.delete(entry.name)
  }

  /** Forgets a file that is no longer listed. */
  forget(name: string): void {
    this.handled.delete(name)
    this.issues.delete(name)
  }

  /** The names this ledger holds anything about. */
  names(): string[] {
    return [...new Set([...this.handled.keys(), ...this.issues.keys()])]
  }

  /** Records that `entry` did not open (or is misplaced); a change of the file restarts the clock. */
  recordIssue(entry: FolderEntry, problem: Problem, now: Instant, keyId?: number): void {
    const known = this.issues.get(entry.name)
    const same = known && known.token === token(entry) && known.problem === problem
    this.issues.set(entry.name, {
      problem,
      keyId,
      since: same ? known.since : now,
      attempts: same ? known.attempts + 1 : 1,
      token: token(entry),
    })
  }

  /**
   * Whether an opened file is new, a byte-identical copy of one already read, or a different
   * file under a number its device already used. A clash marks the device.
   */
  identify(header: SyncFileHeader, hash: string): Identity {
    const id = `${header.device}/${header.seq}`
    const known = this.hashes.get(id)
    if (known === undefined) {
      this.hashes.set(id, hash)
      return 'new'
    }
    if (known === hash) return 'duplicate'
    this.device(header.device).clash = true
    return 'clash'
  }

  /** Notes a merged file of `header.device` read at `now`. */
  noteFile(header: SyncFileHeader, now: Instant): void {
    const device = this.device(header.device)
    if (header.kind === 'device') return
    device.seqs.add(header.seq)
    if (header.seq > device.lastSeq) device.lastSeq = header.seq
    // A device's snapshot covers its own files up to its number.
    if (header.kind === 'snapshot' && header.seq > device.floor) device.floor = header.seq
    device.lastSyncAt = now
  }

  /**
   * Notes that a merged snapshot (or this device's saved copy) covers every file of each device
   * up to the given number, so those files need not be read.
   */
  noteCovered(covers: Record<string, number>): void {
    for (const [id, seq] of Object.entries(covers)) {
      const device = this.device(id)
      if (seq > device.floor) device.floor = seq
    }
  }

  /** The number `device`'s files are merged through: none missing up to it (0 for none). */
  mergedThrough(device: string): number {
    const files = this.devices.get(device)
    if (!files) return 0
    let seq = files.floor
    while (files.seqs.has(seq + 1)) seq++
    return seq
  }

  /** Every device heard from, by id. */
  deviceIds(): string[] {
    return [...this.devices.keys()]
  }

  /** The highest number a device is known to have used (0 for none). */
  lastSeq(device: string): number {
    const files = this.devices.get(device)
    return files ? Math.max(files.lastSeq, files.floor) : 0
  }

  /** True when two different files were found under one of `device`'s numbers. */
  hasClash(device: string): boolean {
    return this.devices.get(device)?.clash ?? false
  }

  private device(id: string): DeviceFiles {
    let device = this.devices.get(id)
    if (!device) {
      device = {
        seqs: new Set(),
        lastSeq: 0,
        floor: 0,
        lastSyncAt: null,
        clash: false,
      }
      this.devices.set(id, device)
    }
    return device
  }

  /** Every device heard from, by id. */
  deviceStatuses(): Omit<DeviceStatus, 'removed' | 'name'>[] {
    return [...this.devices.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([device, files]) => {
        const missing: number[] = []
        for (let seq = files.floor + 1; seq < files.lastSeq; seq++) {
          if (!files.seqs.has(seq)) missing.push(seq)
        }
        return {
          device,
          lastSeq: Math.max(files.lastSeq, files.floor),
          lastSyncAt: files.lastSyncAt,
          missing,
          clash: files.clash,
        }
      })
  }

  /** Files waiting (retried by themselves) and failed (looked at again when they change). */
  fileIssues(now: Instant): {
    waiting: FileIssue<WaitingReason>[]
    failed: FileIssue<FailedReason>[]
  } {
    const waiting: FileIssue<WaitingReason>[] = []
    const failed: FileIssue<FailedReason>[] = []
    for (const [name, issue] of [...this.issues.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const base = { name, since: issue.since, attempts: issue.attempts }
      const { problem } = issue
      if (problem === 'unknown-key') waiting.push({ ...base, reason: problem, keyId: issue.keyId })
      else if (problem === 'unsupported-version' || problem === 'misplaced') {
        failed.push({ ...base, reason: problem })
      } else if (now - issue.since >= DAMAGED_AFTER_MS) failed.push({ ...base, reason: 'damaged' })
      else waiting.push({ ...base, reason: 'incomplete' })
    }
    return { waiting, failed }
  }
}
