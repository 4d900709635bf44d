/**
 * Builds a benchmark vault inside the app's page, with the app's own code: the Vault creates the
 * header and keys (Argon2id at the calibrated cost, in-line), then records are generated, sealed
 * with the shared record envelope and written with bulkPut in chunks, so 10,000 records take
 * seconds rather than the minutes 10,000 separate transactions would. Every row is sealed at
 * the manifest's first generation, and the manifest's pieces that list them are written last, as a vault
 * that saved them one by one would hold.
 */
import { calibrateKdf, deriveKek, KDF_FLOOR, type KdfCost } from '@shared/vault/kdf'
import { sealRecord } from '@shared/vault/recordEnvelope'
import { loadSodium } from '@shared/vault/sodium'
import { utf8, toBase64 } from '@shared/vault/bytes'
import { listRow } from '@shared/vault/manifest'
import { putManifestRows, wholeManifestRows } from '../../../src-renderer/vault/manifestRows'
import { VaultDb, type RecordRow } from '../../../src-renderer/vault/db'
import { Vault } from '../../../src-renderer/vault/vault'
import { HEADER_KEY } from '../../../src-renderer/vault/vaultState'
import { decodeVaultHeader, slotOf } from '@shared/vault/vaultHeader'
import type { KdfRunner } from '../../../src-renderer/vault/kdfRunner'
import { generateOpportunity } from '../data/generate'
import { BENCH_PROFILE, BENCH_REFEREES, benchOffer, SINGLE_ROW, TABLES, withOffer } from './tables'

/** What to build. */
export interface BuildRequest {
  count: number
  seed: number
  /** The instant the newest record was created at (epoch ms). */
  now: number
  passphrase: string
  /** Calibrate Argon2id as the app does (true), or use the production floor (tiny runs). */
  calibrate: boolean
}

/** What was built; the records key goes back to the bench for the floor measurement. */
export interface BuildResult {
  kdf: { opsLimit: number; memLimitBytes: number }
  ciphertextBytes: number
  generateMs: number
  /** The records subkey and its key id, base64: only the floor measurement uses them. */
  recordsKey: string
  /** The manifest's MAC key, base64: only the manifest measurement uses it. */
  manifestKey: string
  keyId: number
}

const CHUNK = 500

/** Creates the vault in the app's database and fills it with `count` opportunities. */
export async function buildVault(request: BuildRequest): Promise<BuildResult> {
  const started = performance.now()
  const sodium = await loadSodium()
  const db = new VaultDb()
  const kdf: KdfRunner = {
    calibrate: async (): Promise<KdfCost> =>
      request.calibrate ? calibrateKdf(sodium, () => performance.now()) : { ...KDF_FLOOR },
    derive: async (secret, params) => deriveKek(sodium, secret, params),
  }
  const vault = new Vault({ db, sodium, kdf })
  await vault.create(request.passphrase)
  const keys = vault.requireKeys()
  const manifest = await vault.records.manifest.ready()
  const generation = manifest.generation + 1

  let ciphertextBytes = 0
  const seal = (table: string, id: string, value: unknown): RecordRow => {
    const ciphertext = sealRecord(
      sodium,
      keys.records,
      keys.keyId,
      table,
      id,
      utf8(JSON.stringify(value)),
      generation,
    )
    listRow(manifest, table, id, generation)
    ciphertextBytes += ciphertext.length
    return { table, id, ciphertext }
  }
  for (let from = 0; from < request.count; from += CHUNK) {
    const rows: RecordRow[] = []
    for (let i = from; i < Math.min(request.count, from + CHUNK); i++) {
      const o = generateOpportunity(i, { seed: request.seed, now: request.now })
      if (i === 0) {
        // The first record has an offer in writing: the Word export saves its negotiation notes.
        const offered = withOffer(o)
        const entry = benchOffer(offered, new Date(request.now).toISOString().slice(0, 10))
        rows.push(seal(TABLES.opportunities, o.id, offered))
        rows.push(seal(TABLES.offers, entry.offer.id, entry))
      } else rows.push(seal(TABLES.opportunities, o.id, o))
    }
    await db.records.bulkPut(rows)
  }
  await db.records.bulkPut([
    seal(TABLES.profile, SINGLE_ROW.profile, BENCH_PROFILE),
    ...BENCH_REFEREES.map((r) => seal(TABLES.referees, r.id, r)),
  ])
  manifest.generation = generation
  const stored = wholeManifestRows(sodium, keys, manifest)
  await db.transaction('rw', db.meta, () => putManifestRows(db, stored))

  const header = decodeVaultHeader((await db.meta.get(HEADER_KEY))!.value)
  const { opsLimit, memLimitBytes } = slotOf(header, 'passphrase').kdf
  const result: BuildResult = {
    kdf: { opsLimit, memLimitBytes },
    ciphertextBytes,
    generateMs: performance.now() - started,
    recordsKey: toBase64(keys.records),
    manifestKey: toBase64(keys.manifest),
    keyId: keys.keyId,
  }
  vault.lock()
  db.close()
  return result
}
