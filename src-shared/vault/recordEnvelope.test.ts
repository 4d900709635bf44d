import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from './sodium'
import { envelopeCounter, openRecord, sealRecord } from './recordEnvelope'
import { concatBytes, fromUtf8, u32, utf8 } from './bytes'
import { MIN_BUCKET_BYTES } from './recordPadding'
import { expectKind, flipped, kindOf } from '../../tests/support/vaultKit'

let sodium: Sodium
let key: Uint8Array
const keyId = 0x0badf00d
beforeAll(async () => {
  sodium = await loadSodium()
  key = sodium.randombytes_buf(32)
})

describe('record envelopes', () => {
  it('round-trips a value for the same table and id', () => {
    const sealed = sealRecord(sodium, key, keyId, 'offers', 'a1', utf8('{"salary":61000}'), 7)
    expect(fromUtf8(openRecord(sodium, key, keyId, 'offers', 'a1', sealed))).toBe(
      '{"salary":61000}',
    )
  })

  it('lays out version, key id, write counter, 24-byte nonce and ciphertext', () => {
    const sealed = sealRecord(sodium, key, keyId, 't', 'i', utf8('x'), 2 ** 32 + 3)
    expect(sealed[0]).toBe(2)
    expect(Array.from(sealed.subarray(1, 5))).toEqual([0x0b, 0xad, 0xf0, 0x0d])
    expect(Array.from(sealed.subarray(5, 13))).toEqual([0, 0, 0, 1, 0, 0, 0, 3])
    expect(envelopeCounter(sealed)).toBe(2 ** 32 + 3)
    // One byte of JSON, padded to the smallest bucket.
    expect(sealed.length).toBe(1 + 4 + 8 + 24 + MIN_BUCKET_BYTES + 16)
  })

  it('pads every plaintext to its bucket, so rows of similar size cannot be told apart', () => {
    const sizeOf = (text: string) => sealRecord(sodium, key, keyId, 't', 'i', utf8(text), 1).length
    const overhead = 1 + 4 + 8 + 24 + 16
    expect(sizeOf('{"company":"Acme"}')).toBe(sizeOf(`{"notes":"${'é'.repeat(120)}"}`))
    expect(sizeOf('x'.repeat(254))).toBe(overhead + 256)
    expect(sizeOf('x'.repeat(255))).toBe(overhead + 512)
    expect(sizeOf('x'.repeat(3000))).toBe(overhead + 4096)
    const note = `{"notes":"${'Ørsted asked about my notice period. '.repeat(40)}"}`
    const sealed = sealRecord(sodium, key, keyId, 't', 'i', utf8(note), 7)
    expect(fromUtf8(openRecord(sodium, key, keyId, 't', 'i', sealed))).toBe(note)
  })

  it('refuses padding that does not end as written, with corrupt-record', () => {
    const nonce = sodium.randombytes_buf(24)
    const ad = concatBytes(new Uint8Array([1]), u32(keyId), utf8('afterview.record\0t\0i'))
    for (const inside of [new Uint8Array([0, 0x7b, 0x7d, 0, 0]), new Uint8Array([0, 0, 0])]) {
      const body = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(inside, ad, null, nonce, key)
      const sealed = concatBytes(new Uint8Array([1]), u32(keyId), nonce, body)
      expectKind(() => openRecord(sodium, key, keyId, 't', 'i', sealed), 'corrupt-record')
    }
  })

  it('binds the write counter: an envelope with another counter written in does not open', () => {
    const sealed = sealRecord(sodium, key, keyId, 'offers', 'a1', utf8('{"salary":61000}'), 5)
    const older = sealed.slice()
    older[12] = 4
    expect(envelopeCounter(older)).toBe(4)
    expectKind(() => openRecord(sodium, key, keyId, 'offers', 'a1', older), 'corrupt-record')
    expect(() => sealRecord(sodium, key, keyId, 't', 'i', utf8('x'), -1)).toThrow(RangeError)
    expect(() => sealRecord(sodium, key, keyId, 't', 'i', utf8('x'), 2 ** 53)).toThrow(RangeError)
  })

  it('still opens version-1 envelopes (no counter), read as counter 0', () => {
    const nonce = sodium.randombytes_buf(24)
    const ad = concatBytes(new Uint8Array([1]), u32(keyId), utf8('afterview.record\0offers\0a1'))
    const v1 = concatBytes(
      new Uint8Array([1]),
      u32(keyId),
      nonce,
      sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(utf8('{"a":1}'), ad, null, nonce, key),
    )
    expect(envelopeCounter(v1)).toBe(0)
    expect(fromUtf8(openRecord(sodium, key, keyId, 'offers', 'a1', v1))).toBe('{"a":1}')
    expectKind(() => openRecord(sodium, key, keyId, 'offers', 'a2', v1), 'corrupt-record')
  })

  it('rejects an envelope moved to another id or another table', () => {
    const sealed = sealRecord(sodium, key, keyId, 'offers', 'a1', utf8('secret'), 1)
    expectKind(() => openRecord(sodium, key, keyId, 'offers', 'a2', sealed), 'corrupt-record')
    expectKind(() => openRecord(sodium, key, keyId, 'contacts', 'a1', sealed), 'corrupt-record')
    // The separator keeps ("ab","c") and ("a","bc") apart.
    const joined = sealRecord(sodium, key, keyId, 'ab', 'c', utf8('secret'), 1)
    expectKind(() => openRecord(sodium, key, keyId, 'a', 'bc', joined), 'corrupt-record')
  })

  it('rejects an envelope under another data key or with a wrong key', () => {
    const sealed = sealRecord(sodium, key, keyId, 't', 'i', utf8('x'), 1)
    expectKind(() => openRecord(sodium, key, keyId + 1, 't', 'i', sealed), 'unknown-key')
    expectKind(
      () => openRecord(sodium, sodium.randombytes_buf(32), keyId, 't', 'i', sealed),
      'corrupt-record',
    )
  })

  it('gives the right typed error for every flipped byte, never a crash', () => {
    const sealed = sealRecord(
      sodium,
      key,
      keyId,
      'interviews',
      'r9',
      utf8('{"notes":"asked about gaps"}'),
      2 ** 40 + 5,
    )
    for (let i = 0; i < sealed.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const kind = kindOf(() =>
          openRecord(sodium, key, keyId, 'interviews', 'r9', flipped(sealed, i, mask)),
        )
        const expected = i === 0 ? 'unsupported-version' : i < 5 ? 'unknown-key' : 'corrupt-record'
        expect(kind, `byte ${i} mask ${mask}`).toBe(expected)
      }
    }
  })

  it('rejects truncated envelopes and non-bytes', () => {
    const sealed = sealRecord(sodium, key, keyId, 't', 'i', utf8('x'), 1)
    for (let n = 0; n < sealed.length; n++) {
      expect(['corrupt-record']).toContain(
        kindOf(() => openRecord(sodium, key, keyId, 't', 'i', sealed.subarray(0, n))),
      )
    }
    expectKind(
      () => openRecord(sodium, key, keyId, 't', 'i', 'text' as unknown as Uint8Array),
      'corrupt-record',
    )
  })
})
