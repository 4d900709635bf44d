/**
 * The folder's copy of the vault header (`vault-header.json`), and how a device tells whether
 * the copy is newer than its own header: after a passphrase change or key rotation on one
 * computer, the others notice the copy and ask for the new passphrase.
 *
 * The copy is the vault header's own (non-secret) text with one more field, `keyIds`: the ids of
 * every data key the vault has had, oldest first, ending with the header's own. That list is the
 * copy's version. A device keeps the list it knows (sealed in its vault, with its sync state);
 * the copy is newer when its list holds this device's key id, older when this device's list holds
 * the copy's key id, and the two have diverged (a change of passphrase on two computers at once)
 * when they share an older key only. Vault headers read the copy as they read the header: the
 * extra field is ignored.
 */
import * as v from 'valibot'
import { decodeVaultHeader, type VaultHeader } from '../vault/vaultHeader'

/** The copy as read: the header, and the ids of the vault's data keys, ending with its own. */
export interface HeaderCopy {
  header: VaultHeader
  keyIds: number[]
}

/** How the folder's copy stands against this device's header. */
export type HeaderStanding =
  /** The same data key. */
  | 'same'
  /** This device changed its key since the copy was written: the copy is to be replaced. */
  | 'older'
  /** Another computer changed the key from this device's: ask for the new passphrase. */
  | 'newer'
  /** Both changed the key at once; the copy in the folder wins, so ask as for `newer`. */
  | 'diverged'
  /** No key in common: the copy is another vault's. */
  | 'unrelated'

/** The most key ids a copy keeps (older ones are dropped from its start). */
export const MAX_KEY_IDS = 64

/** A list of the vault's key ids, as a copy (or a device asking main) carries it. */
export const keyIdsSchema = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))),
  v.minLength(1),
  v.maxLength(MAX_KEY_IDS),
)

/** The text of the copy: `headerText` with the list of key ids (ending with the header's). */
export function headerCopyText(headerText: string, keyIds: readonly number[]): string {
  const header = decodeVaultHeader(headerText)
  const raw = JSON.parse(headerText) as Record<string, unknown>
  return JSON.stringify({ ...raw, keyIds: withKeyId(keyIds, header.keyId) })
}

/**
 * Reads a copy. A copy without a list (written before the list existed) has the header's key
 * id alone. Throws as `decodeVaultHeader` does when the header does not read.
 */
export function readHeaderCopy(text: string): HeaderCopy {
  const header = decodeVaultHeader(text)
  const raw = (JSON.parse(text) as { keyIds?: unknown }).keyIds
  const parsed = v.safeParse(keyIdsSchema, raw)
  return { header, keyIds: withKeyId(parsed.success ? parsed.output : [], header.keyId) }
}

/** `keyIds` ending with `keyId` (appended when it is not last already), at most MAX_KEY_IDS. */
export function withKeyId(keyIds: readonly number[], keyId: number): number[] {
  const list = keyIds.filter((id) => id !== keyId)
  list.push(keyId)
  return list.slice(-MAX_KEY_IDS)
}

/** How the folder's copy (`theirs`) stands against this device's key ids (`mine`, last current). */
export function compareHeaderCopy(
  mine: readonly number[],
  theirs: readonly number[],
): HeaderStanding {
  const myKey = mine[mine.length - 1]
  const theirKey = theirs[theirs.length - 1]
  if (myKey === theirKey) return 'same'
  if (myKey !== undefined && theirs.includes(myKey)) return 'newer'
  if (theirKey !== undefined && mine.includes(theirKey)) return 'older'
  return mine.some((id) => theirs.includes(id)) ? 'diverged' : 'unrelated'
}
