import { describe, expect, it } from 'vitest'
import { loadSodium } from '../vault/sodium'
import { createVaultKeys, inlineDerive } from '../vault/vaultKeys'
import { TEST_ONLY_KDF } from '../vault/kdf'
import { decodeVaultHeader, encodeVaultHeader } from '../vault/vaultHeader'
import {
  compareHeaderCopy,
  headerCopyText,
  MAX_KEY_IDS,
  readHeaderCopy,
  withKeyId,
} from './headerCopy'

async function headerText(): Promise<string> {
  const sodium = await loadSodium()
  const created = await createVaultKeys(sodium, 'Zoë’s passphrase, long', inlineDerive(sodium), {
    cost: TEST_ONLY_KDF,
    testOnlyWeakKdf: true,
  })
  return encodeVaultHeader(created.header)
}

describe('the folder’s header copy', () => {
  it('carries the vault’s key ids and still reads as the vault header', async () => {
    const text = await headerText()
    const keyId = decodeVaultHeader(text).keyId
    const copy = headerCopyText(text, [7, 9])
    expect(readHeaderCopy(copy).keyIds).toEqual([7, 9, keyId])
    expect(decodeVaultHeader(copy)).toEqual(decodeVaultHeader(text))
  })

  it('reads a copy written before the list as the header’s key alone', async () => {
    const text = await headerText()
    expect(readHeaderCopy(text).keyIds).toEqual([decodeVaultHeader(text).keyId])
    const damagedList = JSON.stringify({ ...JSON.parse(text), keyIds: ['x'] })
    expect(readHeaderCopy(damagedList).keyIds).toEqual([decodeVaultHeader(text).keyId])
  })

  it('refuses a copy that is not a vault header', () => {
    expect(() => readHeaderCopy('{"keyIds":[1]}')).toThrow()
    expect(() => readHeaderCopy('{"format":"afterview-vault"')).toThrow()
  })

  it('keeps the newest key ids, the current one last', () => {
    expect(withKeyId([1, 2, 3], 2)).toEqual([1, 3, 2])
    const long = Array.from({ length: MAX_KEY_IDS + 5 }, (_, i) => i)
    const kept = withKeyId(long, 999)
    expect(kept).toHaveLength(MAX_KEY_IDS)
    expect(kept.at(-1)).toBe(999)
    expect(kept[0]).toBe(6)
  })

  it('tells a newer, older, diverged and foreign copy apart', () => {
    expect(compareHeaderCopy([1, 2], [1, 2])).toBe('same')
    expect(compareHeaderCopy([2], [1, 2])).toBe('same')
    // Another computer changed the key from this one's (twice, even).
    expect(compareHeaderCopy([1], [1, 2])).toBe('newer')
    expect(compareHeaderCopy([1], [1, 2, 3])).toBe('newer')
    // This computer changed it since the copy was written.
    expect(compareHeaderCopy([1, 2], [1])).toBe('older')
    // Both changed it at once.
    expect(compareHeaderCopy([1, 3], [1, 2])).toBe('diverged')
    expect(compareHeaderCopy([5], [6])).toBe('unrelated')
  })
})
