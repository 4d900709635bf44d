import { afterEach, describe, expect, it } from 'vitest'
import { createHostBridge } from '@shared/ipc/bridge'
import {
  canPreview,
  importAttachment,
  readAttachment,
  sizeText,
  typeName,
  type AttachmentRef,
} from './attachments'

const ref: AttachmentRef = {
  fileId: 'a'.repeat(32),
  keyB64: 'k'.repeat(43) + '=',
  name: 'card.png',
  size: 3,
  mediaType: 'image/png',
}

function bridge(answer: (channel: string, payload: unknown) => unknown) {
  window.afterview = createHostBridge({
    invoke: async (channel, payload) => answer(channel, payload),
    subscribe: () => () => {},
  })
}
afterEach(() => {
  delete window.afterview
})

describe('attachments from the renderer', () => {
  it('reads a file into a Blob of its media type, passing only the file id and key', async () => {
    const calls: unknown[] = []
    bridge((channel, payload) => {
      calls.push([channel, payload])
      return { ok: true, value: { dataB64: btoa('abc') } }
    })
    const blob = await readAttachment(ref)
    expect(blob.type).toBe('image/png')
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([97, 98, 99]))
    expect(calls).toEqual([['attachments/read', { fileId: ref.fileId, keyB64: ref.keyB64 }]])
  })

  it('treats a cancelled dialog as no file, and passes other errors on with their kind', async () => {
    bridge(() => ({ ok: false, error: { kind: 'cancelled', message: '' } }))
    expect(await importAttachment()).toBeNull()
    bridge(() => ({ ok: false, error: { kind: 'too-large', message: '' } }))
    await expect(importAttachment()).rejects.toMatchObject({ kind: 'too-large' })
  })

  it('previews PDFs and common images only', () => {
    expect(canPreview('application/pdf')).toBe(true)
    expect(canPreview('image/webp')).toBe(true)
    expect(canPreview('application/msword')).toBe(false)
  })

  it('gives sizes in units people read, and kinds in words', () => {
    expect(sizeText(0)).toBe('0 bytes')
    expect(sizeText(1)).toBe('1 byte')
    expect(sizeText(999)).toBe('999 bytes')
    expect(sizeText(1000)).toBe('1 KB')
    expect(sizeText(48_213)).toBe('48 KB')
    expect(sizeText(3_456_789)).toBe('3.5 MB')
    expect(sizeText(999_999)).toBe('1 MB')
    expect(sizeText(50_000_000)).toBe('50 MB')
    expect(typeName('application/pdf')).toBe('PDF')
    expect(typeName('image/png')).toBe('PNG image')
    expect(typeName('application/octet-stream')).toBe('File')
  })
})
