import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { Vault } from './vault'
import { createBackup, restoreBackup } from './backups'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})
afterEach(() => vi.restoreAllMocks())

/**
 * Every read-write transaction opened on databases named `vault-…`, with the durability it asked
 * for. Installed before any connection opens: Dexie keeps the method it found when it connected.
 */
function watchWrites(): { stores: string[]; durability: string | undefined }[] {
  const seen: { stores: string[]; durability: string | undefined }[] = []
  const original = IDBDatabase.prototype.transaction
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    if (this.name.startsWith('vault-') && mode === 'readwrite') {
      seen.push({
        stores: typeof stores === 'string' ? [stores] : [...stores],
        durability: options?.durability,
      })
    }
    return original.call(this, stores, mode, options)
  })
  return seen
}

function newVault() {
  const name = `vault-${Math.random().toString(36).slice(2)}`
  const vault = new Vault({
    db: new VaultDb(name),
    sodium,
    kdf: inlineKdf(sodium),
    testOnlyWeakKdf: true,
    rotationBatchRows: 2,
  })
  return { name, vault }
}

async function filled() {
  const made = newVault()
  await made.vault.create('a first passphrase')
  for (const company of ['Société Générale', 'Ørsted', 'Łódź Analytics', 'Müller & Söhne']) {
    await made.vault.records.put('applications', made.vault.records.newId(), { company })
  }
  return made
}

describe('strict durability', () => {
  it('covers every write of a passphrase change: the journal, each batch and the header', async () => {
    const all = watchWrites()
    const { vault } = await filled()
    const from = all.length
    await vault.changePassphrase('a first passphrase', 'a second, longer passphrase')
    const writes = all.slice(from)
    expect(writes.filter((w) => w.stores.includes('records')).length).toBeGreaterThanOrEqual(2)
    expect(writes.filter((w) => w.stores.includes('meta')).length).toBeGreaterThanOrEqual(2)
    expect(writes.filter((w) => w.durability !== 'strict')).toEqual([])
  })

  it('covers the swap of a restore into the real database', async () => {
    const all = watchWrites()
    const source = await filled()
    const { bytes } = await createBackup(source.vault, [])
    const { vault } = newVault()
    await vault.create('the target passphrase')
    const from = all.length
    await restoreBackup(vault, bytes, 'a first passphrase', async () => {})
    const writes = all.slice(from)
    expect(writes.some((w) => w.stores.includes('records'))).toBe(true)
    expect(writes.filter((w) => w.durability !== 'strict')).toEqual([])
    expect((await vault.records.all('applications')).records).toHaveLength(4)
  })

  it('leaves everyday saves to the browser’s default', async () => {
    const all = watchWrites()
    const { vault } = await filled()
    const from = all.length
    await vault.records.put('applications', vault.records.newId(), { company: 'Initech' })
    expect(all.slice(from).map((w) => w.durability)).toEqual(['default'])
  })
})
