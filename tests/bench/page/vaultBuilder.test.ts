import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { loadSodium } from '@shared/vault/sodium'
import type { Opportunity } from '@shared/domain/opportunity'
import { VaultDb, VAULT_DB_NAME } from '../../../src-renderer/vault/db'
import { inlineKdf } from '../../../src-renderer/vault/kdfRunner'
import { Vault } from '../../../src-renderer/vault/vault'
import { generateOpportunity } from '../data/generate'
import { measureFloor } from './floor'
import { TABLES } from './tables'
import { buildVault } from './vaultBuilder'

const request = { count: 30, seed: 7, now: Date.UTC(2026, 10, 2), passphrase: 'bench pass' }

afterEach(async () => {
  await Dexie.delete(VAULT_DB_NAME)
})

describe('bench vault builder and floor', () => {
  it('builds a vault the app unlocks and reads, with every generated record', async () => {
    const built = await buildVault({ ...request, calibrate: false })
    expect(built.kdf).toEqual({ opsLimit: 3, memLimitBytes: 64 * 1024 * 1024 })

    const sodium = await loadSodium()
    const vault = new Vault({ db: new VaultDb(), sodium, kdf: inlineKdf(sodium) })
    await vault.unlock(request.passphrase)
    const { records, unreadable } = await vault.records.all<Opportunity>(TABLES.opportunities)
    expect(unreadable).toEqual([])
    expect(records).toHaveLength(30)
    const expected = generateOpportunity(3, request)
    expect(records.find((r) => r.id === expected.id)?.value).toEqual(expected)
    expect((await vault.records.all(TABLES.referees)).records).toHaveLength(5)
    vault.lock()
  })

  it('reads and decrypts exactly the ciphertext the vault holds', async () => {
    const built = await buildVault({ ...request, calibrate: false })
    const floor = await measureFloor(TABLES.opportunities, built.recordsKey, built.keyId)
    expect(floor.rows).toBe(30)
    // Each envelope adds a 29-byte header and a 16-byte tag to its plaintext.
    const envelopes = 30 * (29 + 16)
    // What is left is the profile and the referees, a few hundred bytes.
    const otherBytes = built.ciphertextBytes - floor.bytes - envelopes
    expect(otherBytes).toBeGreaterThan(0)
    expect(otherBytes).toBeLessThan(2000)
    expect(floor.readMs).toBeGreaterThanOrEqual(0)
    expect(floor.decryptMs).toBeGreaterThanOrEqual(0)
  })
})
