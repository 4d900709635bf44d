import { beforeAll, describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { attachmentRefSchema } from '../domain/attachment'
import { loadSodium, type Sodium } from '../vault/sodium'
import { encryptAttachment, newAttachmentKey } from '../vault/attachmentFile'
import { utf8 } from '../vault/bytes'
import { attachmentDigest, attachmentFolderName, digestOfFolderName } from './attachmentNames'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

describe('attachment names in the synced folder', () => {
  it('names a sealed file by its BLAKE2b-256, and reads the digest back from the name', () => {
    const sealed = encryptAttachment(sodium, newAttachmentKey(sodium), utf8('Łódź, 12 000 zł'))
    const digest = attachmentDigest(sodium, sealed)
    expect(digest).toBe(sodium.crypto_generichash(32, sealed, null, 'hex'))
    expect(attachmentFolderName(digest)).toBe(`attachments/${digest}.avattach`)
    expect(digestOfFolderName(attachmentFolderName(digest))).toBe(digest)
    sealed[sealed.length - 1]! ^= 1
    expect(attachmentDigest(sodium, sealed)).not.toBe(digest)
  })

  it('refuses anything but a digest', () => {
    for (const bad of ['', 'AB'.repeat(32), 'ab'.repeat(31), '../x', 'ab'.repeat(32) + '/']) {
      expect(() => attachmentFolderName(bad)).toThrow(RangeError)
    }
    for (const name of [
      `devices/${'ab'.repeat(16)}/batch-1.avsync`,
      `attachments/${'ab'.repeat(32)}.avattach.tmp`,
      `attachments/.${'ab'.repeat(32)}.avattach`,
      `x/attachments/${'ab'.repeat(32)}.avattach`,
    ]) {
      expect(digestOfFolderName(name)).toBeNull()
    }
  })

  it('reads references written before attachments travelled, without a digest', () => {
    const ref = {
      fileId: 'ab'.repeat(16),
      keyB64: 'A'.repeat(43) + '=',
      name: 'CV — Zoë.pdf',
      size: 10,
      mediaType: 'application/pdf',
    }
    expect(v.is(attachmentRefSchema, ref)).toBe(true)
    expect(v.is(attachmentRefSchema, { ...ref, digest: 'cd'.repeat(32) })).toBe(true)
    expect(v.is(attachmentRefSchema, { ...ref, digest: 'not a digest' })).toBe(false)
  })
})
