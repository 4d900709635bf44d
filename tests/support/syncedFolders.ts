/**
 * A folder synced between devices, in memory, with the faults real sync services show. Each
 * device has its own copy of the folder (as with Dropbox, OneDrive or Syncthing); what a device
 * writes lands in its copy at once and reaches the others only when the test delivers it:
 * late, out of order, cut short first (still being copied), or twice under a "conflicted copy"
 * name. Production code never imports this file.
 */
import type { FolderEntry, SyncFolder } from '@shared/sync/folder'
import { SyncFolderError } from '@shared/sync/folder'

interface StoredFile {
  bytes: Uint8Array
  modified: number
  /** The write this file came from. */
  source: PendingFile
}

/** A write (or, with `bytes` null, a deletion) not yet delivered everywhere. */
export interface PendingFile {
  name: string
  bytes: Uint8Array | null
  from: number
  /** Devices that have it whole. */
  reached: Set<number>
  /** For a deletion: the write it deletes, as its device saw it (any device's file). */
  deletes?: PendingFile
}

/** How a delivery goes wrong, or not. */
export type Delivery =
  | 'whole'
  | 'truncated'
  | 'conflicted-copy'
  | 'syncthing-copy'
  /** iCloud Drive keeps it only online: a placeholder `.name.icloud` stands in its place. */
  | 'online-only'

/** iCloud Drive's placeholder for `name`, kept only online: `devices/x/.batch-1.avsync.icloud`. */
function placeholderOf(name: string): string {
  const slash = name.lastIndexOf('/')
  return `${name.slice(0, slash + 1)}.${name.slice(slash + 1)}.icloud`
}

/** What iCloud Drive writes in a placeholder: a small property list, not the file. */
const PLACEHOLDER_BYTES = new TextEncoder().encode('<?xml version="1.0"?><plist><dict/></plist>')

/** The folder as each of `devices` devices sees it. */
export class SyncedFolders {
  private readonly views: Map<string, StoredFile>[]
  readonly pending: PendingFile[] = []
  private tick = 0
  /** How many files devices deleted (compaction) from their own copies. */
  deletions = 0
  /** Every read, in order: which device's copy, which name. */
  readonly reads: { device: number; name: string }[] = []
  /** Devices whose folder is gone (an unplugged drive): every call fails. */
  readonly missing = new Set<number>()

  constructor(devices: number) {
    this.views = Array.from({ length: devices }, () => new Map())
  }

  /**
   * Stores a file in one device's copy. Another write already there under the name (two
   * machines writing one name) is kept, and the new one lands as a conflicted copy, as
   * Dropbox does.
   */
  private put(device: number, name: string, bytes: Uint8Array | null, source: PendingFile): void {
    const view = this.views[device]!
    const known = view.get(name)
    if (bytes === null) {
      // A deletion removes what its device wrote or saw, not a stranger's file under the name.
      if (known && (known.source.from === source.from || known.source === source.deletes))
        view.delete(name)
      return
    }
    // A file its own device rewrote replaces the old one; a stranger's under the name clashes.
    const target =
      known && known.source !== source && known.source.from !== source.from
        ? name.replace('.avsync', ` (conflicted copy ${this.tick}).avsync`)
        : name
    view.set(target, { bytes: bytes.slice(), modified: ++this.tick, source })
  }

  /** The folder port of device `device`. */
  port(device: number): SyncFolder {
    const guard = () => {
      if (this.missing.has(device)) throw new SyncFolderError('folder-missing', 'unplugged')
    }
    return {
      list: async () => {
        guard()
        const entries: FolderEntry[] = []
        for (const [name, file] of this.views[device]!) {
          entries.push({ name, size: file.bytes.length, modified: file.modified })
        }
        return entries.reverse()
      },
      read: async (name) => {
        guard()
        this.reads.push({ device, name })
        return this.views[device]!.get(name)?.bytes.slice() ?? null
      },
      write: async (name, bytes) => {
        guard()
        const file = { name, bytes: bytes.slice(), from: device, reached: new Set([device]) }
        this.views[device]!.set(name, { bytes: bytes.slice(), modified: ++this.tick, source: file })
        this.supersede(name, device)
        this.pending.push(file)
      },
      remove: async (name) => {
        guard()
        const deletes = this.views[device]!.get(name)?.source
        if (this.views[device]!.delete(name)) this.deletions++
        this.supersede(name, device)
        const gone = { name, bytes: null, from: device, reached: new Set([device]) }
        this.pending.push(deletes ? { ...gone, deletes } : gone)
      },
    }
  }

  /**
   * A device rewrote or deleted `name`: its earlier writes of it that have not arrived
   * everywhere never will (a sync service carries a file's current state, not its history).
   */
  private supersede(name: string, device: number): void {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const file = this.pending[i]!
      if (file.name === name && file.from === device) this.pending.splice(i, 1)
    }
  }

  /** Delivers pending file `index` to device `to`, the way `how` says. */
  deliver(index: number, to: number, how: Delivery, cut = 0.5): void {
    const file = this.pending[index]
    if (!file || file.reached.has(to)) return
    if (how === 'truncated' && file.bytes) {
      this.put(to, file.name, file.bytes.subarray(0, Math.floor(file.bytes.length * cut)), file)
      return
    }
    if (how === 'online-only' && file.bytes) {
      this.put(to, placeholderOf(file.name), PLACEHOLDER_BYTES, file)
      return
    }
    this.views[to]!.delete(placeholderOf(file.name)) // downloaded: the placeholder goes
    this.put(to, file.name, file.bytes, file)
    file.reached.add(to)
    if (file.bytes === null) {
      // Copies of a deleted file made earlier stay, as they do with real sync services.
    } else if (how === 'conflicted-copy') {
      this.put(
        to,
        file.name.replace('.avsync', ' (conflicted copy 2026-12-05).avsync'),
        file.bytes,
        file,
      )
    } else if (how === 'syncthing-copy') {
      this.put(
        to,
        file.name.replace('.avsync', '.sync-conflict-20261205-101010-ABCDEFG.avsync'),
        file.bytes,
        file,
      )
    }
    if (file.reached.size === this.views.length) this.pending.splice(index, 1)
  }

  /** Delivers every pending file whole to every device. */
  deliverAll(): void {
    for (const file of this.pending.splice(0)) {
      for (let to = 0; to < this.views.length; to++) {
        if (!file.reached.has(to)) this.put(to, file.name, file.bytes, file)
      }
    }
  }

  /** A new device's copy of the folder: what device `from` holds now. */
  addDevice(from: number): number {
    const view = new Map<string, StoredFile>()
    for (const [name, file] of this.views[from]!)
      view.set(name, { ...file, bytes: file.bytes.slice() })
    this.views.push(view)
    const added = this.views.length - 1
    for (const file of this.pending) if (file.reached.has(from)) file.reached.add(added)
    return added
  }

  /** A file's bytes in device `device`'s copy of the folder. */
  read(device: number, name: string): Uint8Array | undefined {
    return this.views[device]!.get(name)?.bytes
  }

  /** The names in device `device`'s copy of the folder. */
  names(device: number): string[] {
    return [...this.views[device]!.keys()]
  }

  /** Every byte of every device's copy of the folder. */
  allBytes(): Uint8Array[] {
    return this.views.flatMap((view) => [...view.values()].map((file) => file.bytes))
  }
}
