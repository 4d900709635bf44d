/**
 * The sync keys a device holds across changes of passphrase, and the folder's header copy
 * (ARCHITECTURE.md, "Keys and rotation").
 *
 * After a change of key, here or on another computer, files sealed under the previous key keep
 * arriving for a while (a computer that was offline, a sync service that is slow), so a device
 * keeps reading with its older sync keys: they are saved with its sync state, sealed in the
 * vault under the current key, the newest MAX_OLDER_KEYS of them. The list of the vault's key
 * ids (headerCopy.ts) tells whether the folder's header copy is newer than this device's.
 */
import { VAULT_HEADER_NAME } from '@shared/sync/names'
import type { SyncFolder } from '@shared/sync/folder'
import {
  compareHeaderCopy,
  headerCopyText,
  readHeaderCopy,
  withKeyId,
} from '@shared/sync/headerCopy'
import type { SyncKeyring } from '@shared/sync/syncEngine'
import { fromUtf8, utf8 } from '@shared/vault/bytes'
import type { Sodium } from '@shared/vault/sodium'
import { deriveSyncKey, type VaultKeys } from '@shared/vault/subkeys'

/** Older sync keys a device keeps, newest first kept. */
export const MAX_OLDER_KEYS = 8

/** The keys as saved with the sync state. */
export interface SavedKeys {
  /** The vault's key ids as this device knows them, ending with the one it last synced under. */
  keyIds: number[]
  /** Sync keys (not data keys) by key id, the one last synced under included. */
  keys: { keyId: number; key: Uint8Array }[]
}

/** What the folder's header copy asks of this device. */
export type HeaderRequest =
  /** Another computer changed the passphrase: enter the new one here (the copy's text). */
  | { kind: 'new-passphrase'; copy: string }
  /** The copy is another vault's: this device leaves it alone. */
  | { kind: 'other-vault' }

/** A device's sync keys for one session. */
export class SessionKeys {
  private readonly older = new Map<number, Uint8Array>()
  private keyIds: number[]
  /** True when the key changed since the keys were last saved (then a snapshot is written). */
  readonly changed: boolean

  constructor(
    private readonly sodium: Sodium,
    private readonly vaultKeys: () => VaultKeys,
    saved: SavedKeys | null,
  ) {
    const now = vaultKeys()
    for (const { keyId, key } of saved?.keys ?? [])
      if (keyId !== now.keyId) this.keepOlder(keyId, key)
    const last = saved?.keyIds[saved.keyIds.length - 1]
    this.changed = last !== now.keyId
    this.keyIds = withKeyId(saved?.keyIds ?? [], now.keyId)
  }

  private keepOlder(keyId: number, key: Uint8Array): void {
    this.older.delete(keyId)
    this.older.set(keyId, key)
    for (const id of this.older.keys()) {
      if (this.older.size <= MAX_OLDER_KEYS) break
      this.older.delete(id)
    }
  }

  /** The keyring now: the vault's key, older ones, and the previous one during a rotation. */
  ring(): SyncKeyring {
    const keys = this.vaultKeys()
    const older = new Map(this.older)
    if (keys.previous)
      older.set(keys.previous.keyId, deriveSyncKey(this.sodium, keys.previous.dataKey))
    older.delete(keys.keyId)
    return { keyId: keys.keyId, key: deriveSyncKey(this.sodium, keys.dataKey), older }
  }

  /** The vault's earlier key ids this device knows of (not the current one). */
  earlierKeyIds(): Set<number> {
    const current = this.vaultKeys().keyId
    return new Set(this.keyIds.filter((id) => id !== current))
  }

  /** The vault's key ids this device knows, ending with the current one. */
  knownKeyIds(): number[] {
    return withKeyId(this.keyIds, this.vaultKeys().keyId)
  }

  /** What to save with the sync state. */
  saved(): SavedKeys {
    const ring = this.ring()
    const keys = [...ring.older].map(([keyId, key]) => ({ keyId, key }))
    keys.push({ keyId: ring.keyId, key: ring.key })
    return { keyIds: withKeyId(this.keyIds, ring.keyId), keys: keys.slice(-(MAX_OLDER_KEYS + 1)) }
  }

  /**
   * Compares the folder's header copy with this device's header: writes this device's when the
   * copy is missing or older, takes up the copy's list when it is the same key, and answers what
   * a newer or foreign copy asks. Folder failures pass (the engine's pull reports them).
   */
  async checkHeader(
    folder: SyncFolder,
    headerText: () => Promise<string>,
  ): Promise<HeaderRequest | null> {
    const keyId = this.vaultKeys().keyId
    this.keyIds = withKeyId(this.keyIds, keyId)
    const there = await folder.read(VAULT_HEADER_NAME)
    let theirs: number[] | null = null
    if (there !== null) {
      try {
        theirs = readHeaderCopy(fromUtf8(there)).keyIds
      } catch {
        // A damaged copy is replaced by this device's: it holds nothing that is not here.
      }
    }
    const standing = theirs ? compareHeaderCopy(this.keyIds, theirs) : 'older'
    if (standing === 'same') {
      if (theirs!.length > this.keyIds.length) this.keyIds = theirs!
      return null
    }
    if (standing === 'older') {
      await folder.write(VAULT_HEADER_NAME, utf8(headerCopyText(await headerText(), this.keyIds)))
      return null
    }
    if (standing === 'unrelated') return { kind: 'other-vault' }
    return { kind: 'new-passphrase', copy: fromUtf8(there!) }
  }
}
