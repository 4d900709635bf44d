import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import { SyncEngine } from './syncEngine'
import { DAMAGED_AFTER_MS } from './fileLedger'
import type { RecordValue } from './recordDoc'
import { engines, holdsText, keyring } from '../../tests/support/syncKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const acme: RecordValue = {
  company: 'Fjordlight Analytics ApS',
  role: 'Head of Research Operations',
  interviewers: ['Zoë Kowalczyk-Ångström', 'Oluwaseun Adébáyọ̀', 'Siobhán Ní Bhraonáin'],
  pay: { minor: 72_000_00, currency: 'EUR' },
  stage: 'interviewed',
}

function ids(engine: SyncEngine, table = 'opportunities'): string[] {
  return engine.records.table(table).records.map((r) => r.id)
}

describe('sync engine', () => {
  it('brings one device’s records to another through the folder', async () => {
    const { folders, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    a.records.put('opportunities', 'opp-1', acme)
    expect(await a.publish()).toBe(true)
    expect(await a.publish()).toBe(false)
    folders.deliverAll()
    await b.pull()
    expect(b.records.table('opportunities').records).toEqual([{ id: 'opp-1', value: acme }])
    expect(b.status().devices).toEqual([
      expect.objectContaining({ device: a.device, lastSeq: 1, missing: [], clash: false }),
    ])
  })

  it('waits for a file still being copied, then merges it whole; unchanged for long, it is damaged', async () => {
    const { folders, clock, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    a.records.put('opportunities', 'opp-1', acme)
    await a.publish()
    folders.deliver(0, 1, 'truncated', 0.6)
    await b.pull()
    expect(ids(b)).toEqual([])
    expect(b.status().waiting).toEqual([
      expect.objectContaining({ reason: 'incomplete', attempts: 1 }),
    ])
    await b.pull()
    expect(b.status().waiting[0]!.attempts).toBe(2)
    clock.advance(DAMAGED_AFTER_MS)
    expect(b.status().failed).toEqual([expect.objectContaining({ reason: 'damaged' })])
    folders.deliver(0, 1, 'whole')
    await b.pull()
    expect(ids(b)).toEqual(['opp-1'])
    expect(b.status().waiting).toEqual([])
    expect(b.status().failed).toEqual([])
  })

  it('counts the files iCloud Drive keeps only online, and reads them once they are downloaded', async () => {
    const { folders, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    a.records.put('opportunities', 'opp-1', acme)
    await a.publish()
    folders.deliver(0, 1, 'online-only')
    await b.pull()
    expect(ids(b)).toEqual([])
    expect(b.status()).toMatchObject({ onlineOnly: 1, waiting: [], failed: [] })
    folders.deliver(0, 1, 'whole')
    await b.pull()
    expect(ids(b)).toEqual(['opp-1'])
    expect(b.status().onlineOnly).toBe(0)
  })

  it('reads Dropbox and Syncthing conflicted copies as the same file, merged once', async () => {
    const { folders, devices } = engines(sodium, 3)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    a.records.put('opportunities', 'opp-1', acme)
    await a.publish()
    folders.deliver(0, 1, 'conflicted-copy')
    folders.deliver(0, 2, 'syncthing-copy')
    for (const device of [b, c]) {
      await device.pull()
      expect(ids(device)).toEqual(['opp-1'])
      const status = device.status()
      expect(status.waiting).toEqual([])
      expect(status.failed).toEqual([])
      expect(status.devices[0]!.clash).toBe(false)
    }
  })

  it('holds changes that arrive before the earlier ones they build on, and says which are missing', async () => {
    const { folders, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    a.records.put('opportunities', 'opp-1', acme)
    await a.publish()
    a.records.put('opportunities', 'opp-1', { ...acme, stage: 'offer' })
    await a.publish()
    a.records.put('opportunities', 'opp-2', acme)
    await a.publish()
    folders.deliver(2, 1, 'whole')
    folders.deliver(1, 1, 'whole')
    await b.pull()
    expect(b.status().devices[0]!.missing).toEqual([1])
    expect(b.status().changesWaitingForEarlierOnes).toBe(true)
    expect(ids(b)).toEqual([])
    folders.deliverAll() // days late
    await b.pull()
    expect(b.status().devices[0]!.missing).toEqual([])
    expect(b.status().changesWaitingForEarlierOnes).toBe(false)
    expect(b.records.table('opportunities')).toEqual(a.records.table('opportunities'))
  })

  it('waits for the passphrase when a file is sealed with a key it lacks, then merges', async () => {
    const { folders, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    const rotated = keyring(sodium, 2)
    a.setKeys(rotated)
    a.records.put('opportunities', 'opp-1', acme)
    await a.publish()
    folders.deliverAll()
    await b.pull()
    expect(b.status().waiting).toEqual([
      expect.objectContaining({ reason: 'unknown-key', keyId: 2 }),
    ])
    b.setKeys(rotated)
    await b.pull()
    expect(ids(b)).toEqual(['opp-1'])
    expect(b.status().waiting).toEqual([])
  })

  it('reports a vanished folder, keeps the changes, and publishes them when it is back', async () => {
    const { folders, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    folders.missing.add(0)
    a.records.put('opportunities', 'opp-1', acme)
    expect(await a.publish()).toBe(false)
    await a.pull()
    expect(a.status().folder).toEqual({ problem: 'folder-missing', since: expect.any(Number) })
    folders.missing.delete(0)
    await a.sync()
    expect(a.status().folder).toBeNull()
    folders.deliverAll()
    await b.pull()
    expect(ids(b)).toEqual(['opp-1'])
  })

  it('refuses a file moved into another device’s folder or renamed to another number', async () => {
    const { folders, devices } = engines(sodium, 3)
    const [a, b, c] = devices as [SyncEngine, SyncEngine, SyncEngine]
    a.records.put('opportunities', 'opp-1', acme)
    await a.publish()
    const [file] = folders.pending
    const port = folders.port(2)
    await port.write(file!.name.replace(a.device, b.device), file!.bytes!)
    await port.write(file!.name.replace('batch-1', 'batch-9'), file!.bytes!)
    await c.pull()
    expect(ids(c)).toEqual([])
    expect(c.status().failed.map((f) => f.reason)).toEqual(['misplaced', 'misplaced'])
  })

  it('notices its id in use on another machine (one backup restored twice), takes a new one and loses nothing', async () => {
    const { folders, devices, resume } = engines(sodium, 3)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    a.records.put('opportunities', 'opp-1', acme)
    await a.publish()
    // The second machine starts from a copy of the first one's saved state.
    const clone = resume(a, 2)
    a.records.put('opportunities', 'opp-2', { ...acme, company: 'Kōbe Lacquer Works' })
    clone.records.put('opportunities', 'opp-3', { ...acme, company: 'Þingvellir Timber' })
    await a.publish()
    await clone.publish()
    folders.deliverAll()
    for (const device of [a, clone, b]) await device.sync()
    folders.deliverAll()
    for (const device of [a, clone, b]) await device.sync()
    expect(a.status().renamedFrom).not.toBeNull()
    expect(clone.status().renamedFrom).not.toBeNull()
    expect(a.device).not.toBe(clone.device)
    expect(b.status().devices.some((d) => d.clash)).toBe(true)
    for (const device of [a, clone, b]) expect(ids(device)).toEqual(['opp-1', 'opp-2', 'opp-3'])
  })

  it('leaves no readable text of the records in the folder (canary)', async () => {
    const { folders, devices } = engines(sodium, 2)
    const [a, b] = devices as [SyncEngine, SyncEngine]
    // An attachment's reference travels in the record: its name and key stay sealed.
    const keyB64 = 'S2V5T2ZUaGVDYXJ0ZURlVmlzaXRlUG91clpvZUFuZ3N0cm9tPQ=='.slice(0, 43) + '='
    const card = {
      fileId: 'ab'.repeat(16),
      keyB64,
      name: 'Carte de visite — Zoë Ångström.png',
      size: 913,
      mediaType: 'image/png',
      digest: 'cd'.repeat(32),
    }
    a.records.put('opportunities', 'opp-1', { ...acme, attachments: [card] })
    await a.publish()
    await a.writeSnapshot()
    folders.deliverAll()
    await b.sync()
    expect(folders.allBytes().length).toBeGreaterThanOrEqual(4)
    const canaries = [
      'Fjordlight',
      'Kowalczyk',
      'Ångström',
      'Adébáyọ̀',
      'Research Operations',
      'EUR',
      'opp-1',
      'opportunities',
      'stage',
      'Carte de visite',
      keyB64,
      card.digest,
    ]
    for (const bytes of folders.allBytes()) {
      for (const canary of canaries) expect(holdsText(bytes, canary), canary).toBe(false)
    }
  })
})
