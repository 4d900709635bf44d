/**
 * Whether a folder the user picked, after the synced folder moved (a drive mounted under another
 * letter or volume name, a sync service's folder moved, a share mounted elsewhere), is the same
 * synced folder. It must hold this vault's header copy (headerCopy.ts: any standing but
 * `unrelated`, so a copy written before or after a change of passphrase still counts) and files
 * this computer wrote under `devices/<device id>/`. Only lists and reads: a folder refused is
 * left exactly as it was.
 *
 * Why this computer's own files too: a copy of the folder without them (an older copy, or a
 * second folder of the same vault) would receive this computer's next batch with the earlier
 * ones missing, and the other computers would wait for those forever.
 */
import { fromUtf8 } from '../vault/bytes'
import type { SyncFolder } from './folder'
import { compareHeaderCopy, readHeaderCopy } from './headerCopy'
import { parseSyncName, VAULT_HEADER_NAME } from './names'

/** Who asks: this computer's device id, and the vault's key ids it knows (current last). */
export interface SyncIdentity {
  deviceId: string
  keyIds: number[]
}

/** What a picked folder is to this computer. */
export type MovedFolderStanding =
  /** This vault's header copy and this computer's files: the synced folder, found again. */
  | 'same-folder'
  /** No header copy that reads: not a synced folder (or the folder above or inside one). */
  | 'no-header'
  /** The header copy shares no key with this vault: another Afterview's folder. */
  | 'other-vault'
  /** This vault's header copy, but no file this computer wrote. */
  | 'not-this-computer'

/** How `folder` stands to the computer `identity`; folder failures reject as the port's. */
export async function standingOfFolder(
  folder: Pick<SyncFolder, 'list' | 'read'>,
  identity: SyncIdentity,
): Promise<MovedFolderStanding> {
  const entries = await folder.list()
  const bytes = entries.some((e) => e.name === VAULT_HEADER_NAME)
    ? await folder.read(VAULT_HEADER_NAME)
    : null
  if (bytes === null) return 'no-header'
  let theirs: number[]
  try {
    theirs = readHeaderCopy(fromUtf8(bytes)).keyIds
  } catch {
    return 'no-header' // not text, not JSON, or not a vault header
  }
  if (compareHeaderCopy(identity.keyIds, theirs) === 'unrelated') return 'other-vault'
  const own = entries.some((e) => parseSyncName(e.name)?.device === identity.deviceId)
  return own ? 'same-folder' : 'not-this-computer'
}
