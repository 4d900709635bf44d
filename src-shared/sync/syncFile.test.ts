import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '../vault/sodium'
import { utf8 } from '../vault/bytes'
import {
  openSyncFile,
  PAD_BLOCK,
  readSyncHeader,
  sealSyncFile,
  type SyncFileHeader,
} from './syncFile'
import { onlineOnlyName, parseSyncName, syncFileName } from './names'

let sodium: Sodium
let key: Uint8Array
beforeAll(async () => {
  sodium = await loadSodium()
  key = sodium.randombytes_buf(32)
})

const device = '0123456789abcdef0123456789abcdef'
const header: SyncFileHeader = { kind: 'batch', device, seq: 7, keyId: 3 }
const body = utf8('Zoë Kowalczyk-Ångström at Fjordlight Analytics')
const keyFor = (id: number) => (id === 3 ? key : undefined)

describe('sync files', () => {
  it('opens what it seals, with the header it was sealed under', () => {
    const file = sealSyncFile(sodium, key, header, body)
    expect(openSyncFile(sodium, keyFor, file)).toEqual({ header, body })
    expect(readSyncHeader(sodium, file)).toEqual(header)
  })

  it('pads bodies, so a one-letter edit and a ten-letter edit seal to the same size', () => {
    const small = sealSyncFile(sodium, key, header, utf8('a'))
    const larger = sealSyncFile(sodium, key, header, utf8('abcdefghij'))
    expect(small.length).toBe(larger.length)
    expect(small.length).toBeGreaterThanOrEqual(PAD_BLOCK)
  })

  it('refuses a file whose header was changed: another device, number or kind', () => {
    const file = sealSyncFile(sodium, key, header, body)
    for (const offset of [5, 6, 21, 25]) {
      const changed = file.slice()
      changed[offset] = changed[offset]! ^ (offset === 5 ? 3 : 1)
      expect(openSyncFile(sodium, keyFor, changed), `byte ${offset}`).toEqual({
        problem: 'damaged',
      })
    }
  })

  it('tells a file cut short, one from a newer version and one sealed with an unknown key apart', () => {
    const file = sealSyncFile(sodium, key, header, body)
    expect(openSyncFile(sodium, keyFor, file.subarray(0, 12))).toEqual({ problem: 'incomplete' })
    expect(openSyncFile(sodium, keyFor, file.subarray(0, file.length - 1))).toEqual({
      problem: 'damaged',
    })
    const newer = file.slice()
    newer[4] = 2
    expect(openSyncFile(sodium, keyFor, newer)).toEqual({ problem: 'unsupported-version' })
    expect(openSyncFile(sodium, () => undefined, file)).toEqual({ problem: 'unknown-key' })
    expect(openSyncFile(sodium, keyFor, utf8('{"not":"a sync file"}'))).toEqual({
      problem: 'incomplete',
    })
  })
})

describe('sync file names', () => {
  it('names each kind of file in its device’s folder', () => {
    expect(syncFileName(device, 'batch', 7)).toBe(`devices/${device}/batch-7.avsync`)
    expect(syncFileName(device, 'snapshot', 12)).toBe(`devices/${device}/snapshot-12.avsync`)
    expect(syncFileName(device, 'device', 0)).toBe(`devices/${device}/device.avsync`)
    expect(() => syncFileName('../etc', 'batch', 1)).toThrow(RangeError)
  })

  it.each([
    ['batch-7.avsync', { kind: 'batch', seq: 7, copy: false }],
    ['batch-7 (conflicted copy 2026-12-05).avsync', { kind: 'batch', seq: 7, copy: true }],
    ["batch-7 (Anna's conflicted copy 2026-12-05).avsync", { kind: 'batch', seq: 7, copy: true }],
    ['batch-7.sync-conflict-20261205-101010-ABCDEFG.avsync', { kind: 'batch', seq: 7, copy: true }],
    ['snapshot-12-LAPTOP-ANNA.avsync', { kind: 'snapshot', seq: 12, copy: true }],
    ['batch-7 (1).avsync', { kind: 'batch', seq: 7, copy: true }],
    ['batch-7 2.avsync', { kind: 'batch', seq: 7, copy: true }],
    ['device.avsync', { kind: 'device', seq: 0, copy: false }],
  ])('reads %s as a candidate', (file, expected) => {
    expect(parseSyncName(`devices/${device}/${file}`)).toEqual({ device, ...expected })
  })

  it.each([
    `devices/${device}/.batch-7.avsync.3f2a.afterview-tmp`,
    `devices/${device}/.syncthing.batch-7.avsync.tmp`,
    `devices/${device}/~batch-7.avsync`,
    `devices/${device}/batch-7.avsync.partial`,
    `devices/${device}/batch-x.avsync`,
    `devices/${device}/batch-70000000000.avsync`,
    `devices/not-a-device/batch-7.avsync`,
    `devices/${device}/sub/batch-7.avsync`,
    'vault-header.json',
  ])('skips %s', (name) => {
    expect(parseSyncName(name)).toBeNull()
  })

  it('reads iCloud Drive’s placeholder of a file kept only online as that file, and nothing else', () => {
    const folder = `devices/${device}/`
    expect(onlineOnlyName(`${folder}.batch-7.avsync.icloud`)).toBe(`${folder}batch-7.avsync`)
    expect(onlineOnlyName(`${folder}.device.avsync.icloud`)).toBe(`${folder}device.avsync`)
    expect(onlineOnlyName(`${folder}.batch-7.avsync.3f2a.afterview-tmp`)).toBeNull()
    expect(onlineOnlyName(`${folder}.notes.txt.icloud`)).toBeNull()
    expect(onlineOnlyName(`${folder}batch-7.avsync`)).toBeNull()
    expect(onlineOnlyName('devices/not-a-device/.batch-7.avsync.icloud')).toBeNull()
  })
})
