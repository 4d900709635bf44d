import { beforeAll, describe, expect, it } from 'vitest'
import { emptyManifest, listedCounter, listRow, pieceOf, PIECES, type CounterMap } from './manifest'
import {
  decodeIndex,
  decodePiece,
  decodeSingleManifest,
  encodeIndex,
  encodePiece,
  pieceDigest,
} from './manifestFormat'
import { loadSodium, type Sodium } from './sodium'

let sodium: Sodium
let macKey: Uint8Array
beforeAll(async () => {
  sodium = await loadSodium()
  macKey = sodium.crypto_auth_keygen()
})

const tables = (): CounterMap => new Map([['opportunities', new Map([['ørsted-løn-2025', 41]])]])

describe('manifest pieces', () => {
  it('spreads ten thousand random-looking ids over every piece, none with twice its share', () => {
    const counts = new Array<number>(PIECES).fill(0)
    for (let i = 0; i < 10_000; i++) {
      const id = sodium.crypto_generichash(16, `application-${i}`, null, 'hex')
      counts[pieceOf('opportunities', id)]! += 1
    }
    expect(Math.min(...counts)).toBeGreaterThan(0)
    expect(Math.max(...counts)).toBeLessThan((2 * 10_000) / PIECES)
  })

  it('reads a piece back only under its own number, key id and MAC key', () => {
    const text = encodePiece(sodium, macKey, 7, 12, 41, tables())
    expect(decodePiece(sodium, macKey, 7, 12, text)).toEqual({ generation: 41, tables: tables() })
    expect(decodePiece(sodium, macKey, 7, 13, text)).toBeNull()
    expect(decodePiece(sodium, macKey, 8, 12, text)).toBeNull()
    expect(decodePiece(sodium, sodium.crypto_auth_keygen(), 7, 12, text)).toBeNull()
    expect(decodePiece(sodium, macKey, 7, 12, text.replace('41', '40'))).toBeNull()
    expect(decodePiece(sodium, macKey, 7, 12, 'not a manifest')).toBeNull()
  })

  it('reads an index back with every piece’s counter and digest, and refuses a short one', () => {
    const refs = Array.from({ length: PIECES }, (_, n) =>
      n === 12 ? { counter: 41, digest: pieceDigest(sodium, 'piece twelve') } : null,
    )
    const text = encodeIndex(sodium, macKey, 7, { generation: 42, refs })
    expect(decodeIndex(sodium, macKey, 7, text)).toEqual({ generation: 42, refs })
    expect(decodeIndex(sodium, macKey, 8, text)).toBeNull()
    const short = encodeIndex(sodium, macKey, 7, { generation: 42, refs: refs.slice(1) })
    expect(decodeIndex(sodium, macKey, 7, short)).toBeNull()
  })

  it('reads the single manifest of older vaults into pieces', () => {
    const body = JSON.stringify({
      format: 'afterview-manifest',
      version: 1,
      keyId: 7,
      generation: 42,
      tables: { opportunities: { 'ørsted-løn-2025': 41 }, offers: { 'f-1': 3 } },
    })
    const text = `${sodium.to_base64(sodium.crypto_auth(body, macKey), sodium.base64_variants.ORIGINAL)}\n${body}`
    const manifest = decodeSingleManifest(sodium, macKey, 7, text)!
    const expected = emptyManifest(42)
    listRow(expected, 'opportunities', 'ørsted-løn-2025', 41)
    listRow(expected, 'offers', 'f-1', 3)
    expect(manifest).toEqual(expected)
    expect(listedCounter(manifest, 'offers', 'f-1')).toBe(3)
    expect(decodeSingleManifest(sodium, macKey, 8, text)).toBeNull()
  })
})
