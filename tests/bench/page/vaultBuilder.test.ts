import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { loadSodium } from '@shared/vault/sodium'
import type { Opportunity } from '@shared/domain/opportunity'
import type { OfferEntry } from '@shared/offers/entry'
import { VaultDb, VAULT_DB_NAME } from '../../../src-renderer/vault/db'
import { inlineKdf } from '../../../src-renderer/vault/kdfRunner'
import { Vault } from '../../../src-renderer/vault/vault'
import { generateOpportunity } from '../data/generate'
import { measureFloor } from './floor'
import { TABLES, withOffer } from './tables'
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
    // One offer, for the Word export: it belongs to an opportunity in the Offer column.
    const offers = (await vault.records.all<OfferEntry>(TABLES.offers)).records
    expect(offers).toHaveLength(1)
    const offered = records.find((r) => r.id === offers[0]!.value.offer.opportunityId)
    expect(offered?.value.stage).toBe('offer')
    vault.lock()
  })

  it('reads and decrypts exactly the ciphertext the vault holds', async () => {
    const built = await buildVault({ ...request, calibrate: false })
    const floor = await measureFloor(TABLES.opportunities, built.recordsKey, built.keyId)
    expect(floor.rows).toBe(30)
    // Every opportunity's JSON, and nothing else (the profile, referees and offer are elsewhere).
    const plaintext = Array.from({ length: 30 }, (_, i) => {
      const o = generateOpportunity(i, request)
      return new TextEncoder().encode(JSON.stringify(i === 0 ? withOffer(o) : o)).length
    }).reduce((a, b) => a + b, 0)
    expect(floor.bytes).toBe(plaintext)
    expect(floor.readMs).toBeGreaterThanOrEqual(0)
    expect(floor.decryptMs).toBeGreaterThanOrEqual(0)
  })
})
