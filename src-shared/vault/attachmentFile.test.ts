import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from './sodium'
import { decryptAttachment, encryptAttachment, newAttachmentKey } from './attachmentFile'
import { CHUNK_BYTES } from './secretStream'
import { isVaultError } from './errors'
import { utf8 } from './bytes'
import { expectKind, flipped, kindOf, randomBytes } from '../../tests/support/vaultKit'
import { mutationsOf, randomWithMagic } from '../../tests/support/fuzz'

let sodium: Sodium
let key: Uint8Array
beforeAll(async () => {
  sodium = await loadSodium()
  key = newAttachmentKey(sodium)
})

describe('attachment files', () => {
  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 7])(
    'round-trip %i bytes',
    (size) => {
      const plain = randomBytes(size)
      const file = encryptAttachment(sodium, key, plain)
      expect(decryptAttachment(sodium, key, file)).toEqual(plain)
    },
  )

  it('refuses a wrong key', () => {
    const file = encryptAttachment(sodium, key, utf8('offer letter'))
    expectKind(
      () => decryptAttachment(sodium, newAttachmentKey(sodium), file),
      'corrupt-attachment',
    )
  })

  it('requires the final chunk: cut at a chunk boundary is reported as truncated', () => {
    const file = encryptAttachment(sodium, key, randomBytes(2 * CHUNK_BYTES + 10))
    const boundary = 9 + 24 + (CHUNK_BYTES + 17)
    expectKind(
      () => decryptAttachment(sodium, key, file.subarray(0, boundary)),
      'truncated-attachment',
    )
    expectKind(
      () => decryptAttachment(sodium, key, file.subarray(0, 9 + 24)),
      'truncated-attachment',
    )
  })

  it('refuses bytes after the final chunk', () => {
    const file = encryptAttachment(sodium, key, utf8('x'))
    const longer = new Uint8Array(file.length + 17)
    longer.set(file)
    expect(['corrupt-attachment', 'truncated-attachment']).toContain(
      kindOf(() => decryptAttachment(sodium, key, longer)),
    )
  })

  const expectedForFlip = (i: number) =>
    i < 8 ? 'not-an-attachment' : i === 8 ? 'unsupported-version' : 'corrupt-attachment'

  it('gives the right typed error for every flipped byte of a one-chunk file', () => {
    const file = encryptAttachment(sodium, key, randomBytes(2000))
    for (let i = 0; i < file.length; i++) {
      const kind = kindOf(() => decryptAttachment(sodium, key, flipped(file, i)))
      if (kind !== expectedForFlip(i)) expect(kind, `byte ${i}`).toBe(expectedForFlip(i))
    }
  })

  it('gives the right typed error for flips across both chunks of a two-chunk file', () => {
    const file = encryptAttachment(sodium, key, randomBytes(CHUNK_BYTES + 300))
    const boundary = 9 + 24 + CHUNK_BYTES + 17
    // Every byte near the edges of each chunk, and every 61st byte in between.
    for (let i = 0; i < file.length; i++) {
      const nearEdge = i < 600 || Math.abs(i - boundary) < 600 || i > file.length - 600
      if (!nearEdge && i % 61 !== 0) continue
      const kind = kindOf(() => decryptAttachment(sodium, key, flipped(file, i)))
      if (kind !== expectedForFlip(i)) expect(kind, `byte ${i}`).toBe(expectedForFlip(i))
    }
  })

  it('survives 10,000 random and mutated inputs with only typed errors, each well under 5 s', () => {
    const file = encryptAttachment(sodium, key, randomBytes(CHUNK_BYTES + 100))
    const small = encryptAttachment(sodium, key, utf8('business card'))
    let slowest = 0
    fc.assert(
      fc.property(
        fc.oneof(randomWithMagic(file.subarray(0, 9)), mutationsOf(file), mutationsOf(small)),
        (input) => {
          const started = performance.now()
          try {
            decryptAttachment(sodium, key, input)
          } catch (error) {
            if (!isVaultError(error)) throw error
          }
          slowest = Math.max(slowest, performance.now() - started)
        },
      ),
      { numRuns: 10_000 },
    )
    expect(slowest).toBeLessThan(5000)
  })
})
