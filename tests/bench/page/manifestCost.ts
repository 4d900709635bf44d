/**
 * What the manifest costs (src-renderer/vault/manifestStore.ts), measured in the app's page on
 * the bench vault with the app's own code: reading and checking it (the part of each unlock's
 * load it adds), and one save with it (record and manifest in one transaction) against one save
 * without it (the record alone). The saves go to scratch rows that are removed afterwards, so
 * the vault and its manifest are as the app left them.
 */
import { fromBase64, utf8 } from '@shared/vault/bytes'
import { sealRecord } from '@shared/vault/recordEnvelope'
import { loadSodium } from '@shared/vault/sodium'
import type { VaultKeys } from '@shared/vault/subkeys'
import { VaultDb } from '../../../src-renderer/vault/db'
import { ManifestStore } from '../../../src-renderer/vault/manifestStore'
import { generateOpportunity } from '../data/generate'

/** The manifest's figures, in milliseconds. */
export interface ManifestCost {
  /** Reading the manifest, checking its MAC and listing the rows that are gone. */
  openMs: number
  /** Median of one save through the manifest: row and manifest in one transaction. */
  saveMs: number
  /** Median of one save of the same row without the manifest. */
  bareSaveMs: number
}

const SAVES = 15
const SCRATCH = 'bench-scratch'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Measures the manifest of the bench vault, whose keys (base64) the builder handed back. */
export async function measureManifest(
  recordsKey: string,
  manifestKey: string,
  keyId: number,
): Promise<ManifestCost> {
  const sodium = await loadSodium()
  const zeros = new Uint8Array(32)
  const keys: VaultKeys = {
    dataKey: zeros,
    records: fromBase64(recordsKey),
    backups: zeros,
    manifest: fromBase64(manifestKey),
    keyId,
  }
  const db = new VaultDb()
  await db.open()
  const store = new ManifestStore(db, sodium, () => keys, undefined, {
    missing: () => {},
    notice: () => {},
  })
  const value = utf8(JSON.stringify(generateOpportunity(1, { seed: 7, now: Date.now() })))
  const seal = (id: string, counter: number) =>
    sealRecord(sodium, keys.records, keyId, SCRATCH, id, value, counter)
  try {
    const started = performance.now()
    await store.ready()
    const openMs = performance.now() - started
    const saves: number[] = []
    const bare: number[] = []
    for (let i = 0; i < SAVES; i++) {
      const id = `save-${i}`
      let at = performance.now()
      await store.write(SCRATCH, id, (counter) => seal(id, counter))
      saves.push(performance.now() - at)
      at = performance.now()
      await db.records.put({ table: SCRATCH, id: `bare-${i}`, ciphertext: seal(`bare-${i}`, 1) })
      bare.push(performance.now() - at)
    }
    for (let i = 0; i < SAVES; i++) await store.remove(SCRATCH, `save-${i}`)
    await db.records.bulkDelete(Array.from({ length: SAVES }, (_, i) => [SCRATCH, `bare-${i}`]))
    return { openMs, saveMs: median(saves), bareSaveMs: median(bare) }
  } finally {
    db.close()
    sodium.memzero(keys.records)
    sodium.memzero(keys.manifest)
  }
}
