/**
 * A vault written by older versions opens after the record schemas: the frozen v1 vault header
 * and the records sealed in older shapes (tests/fixtures/vault-v1/old-records.json) go through
 * the same load paths the app uses after unlock.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '@shared/domain/settings'
import { fromBase64 } from '@shared/vault/bytes'
import { useBoardStore } from '../interviews/store'
import { useOfferStore } from '../offers/offerStore'
import { useStartPlanStore } from '../startPlan/startPlanStore'
import { useProfileStore } from '../settings/profileStore'
import { useSessionStore } from '../session/store'
import { VaultDb } from './db'
import type { UnreadableRecord } from './recordStore'
import { HEADER_KEY } from './vaultState'
import { testVault } from '../../tests/support/rendererVault'

const fixtures = resolve(import.meta.dirname, '../../tests/fixtures/vault-v1')
const frozen = (name: string) => readFileSync(resolve(fixtures, name), 'utf8')

interface OldRecords {
  records: { table: string; id: string; envelopeB64: string }[]
}

/** The v1 vault with the old-shape records in its database, unlocked. */
async function openV1Vault() {
  const { vault, dbName, reported } = await testVault('old-records')
  const db = new VaultDb(dbName)
  await db.open()
  await db.meta.put({ key: HEADER_KEY, value: frozen('vault-header.json') })
  const { records } = JSON.parse(frozen('old-records.json')) as OldRecords
  await db.records.bulkPut(
    records.map((r) => ({ table: r.table, id: r.id, ciphertext: fromBase64(r.envelopeB64) })),
  )
  const { passphrase } = JSON.parse(frozen('manifest.json')) as { passphrase: string }
  await vault.unlock(passphrase)
  // What unlocking does in the app: a session over the vault's records.
  useSessionStore().open(vault.records)
  return { vault, db, reported }
}

const damaged: UnreadableRecord[] = [
  { table: 'opportunities', id: 'o3-impossible-date', kind: 'invalid-record' },
  { table: 'offers', id: 'f2-fractional-pay', kind: 'invalid-record' },
]

describe('a vault written before the record schemas', () => {
  it('loads the board from old records, and counts and reports the damaged one', async () => {
    setActivePinia(createPinia())
    const { vault, reported } = await openV1Vault()
    const data = useBoardStore()
    await data.load()
    expect(data.opportunities.map((o) => [o.id, o.attachments, o.draftEdits])).toEqual([
      ['o1-first', [], {}],
      ['o2-offer', [], {}],
    ])
    expect(data.unreadable).toBe(1)
    expect(reported).toEqual([damaged[0]])
    expect(data.referees.map((r) => r.name)).toEqual(['Sam Green'])
    expect(data.settings).toEqual({
      ...defaultSettings,
      region: 'GB-SCT',
      thankYouCutoff: '11:00',
      linkedInDelay: { min: 1, max: 3 },
      reapproachMonths: 6,
    })
    expect(Object.keys(data.pipeline.actions)).toEqual(['a00000000000000ff'])
    expect(await vault.records.get('vault-settings', 'vault')).toEqual({ autoLockMinutes: 10 })
  })

  it('loads offers, the profile and the start plan, and keeps the damaged offer', async () => {
    setActivePinia(createPinia())
    const { vault, db, reported } = await openV1Vault()
    const offers = useOfferStore()
    const profile = useProfileStore()
    const plan = useStartPlanStore()
    await offers.load()
    await profile.load()
    await plan.load()

    expect(offers.entries.map((e) => [e.offer.id, e.offer.letter])).toEqual([
      ['f1-before-letter', null],
    ])
    expect(profile.profile).toEqual({ name: 'Alex Morgan', email: '', phone: '', currentJob: null })
    expect(plan.unreadable).toEqual([])
    expect(plan.saved['f1-before-letter']?.choices).toMatchObject({
      breakDays: 7,
      contactName: '',
    })
    expect(reported).toEqual([damaged[1]])
    // Reported, not repaired and not deleted: both damaged rows are still in the database.
    for (const row of damaged) expect(await db.records.get([row.table, row.id])).toBeDefined()
    expect(await vault.records.scan()).toEqual(expect.arrayContaining(damaged))
  })
})
