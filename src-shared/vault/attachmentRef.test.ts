import { describe, expect, it } from 'vitest'
import { readAttachmentRef, readAttachmentRefs } from './attachmentRef'

const ref = {
  fileId: '0123456789abcdef0123456789abcdef',
  keyB64: 'A'.repeat(43) + '=',
  name: 'Offer letter.pdf',
  size: 48_213,
  mediaType: 'application/pdf',
}

describe('attachment references read from a record', () => {
  it('reads a record saved before attachments existed as having none', () => {
    expect(readAttachmentRefs(undefined)).toEqual([])
    expect(readAttachmentRef(undefined)).toBeNull()
    expect(readAttachmentRef(null)).toBeNull()
  })

  it('keeps well-formed references, in order', () => {
    const other = { ...ref, fileId: 'f'.repeat(32), name: 'Card.png', mediaType: 'image/png' }
    expect(readAttachmentRefs([ref, other])).toEqual([ref, other])
    expect(readAttachmentRef(ref)).toEqual(ref)
  })

  it('leaves out a reference that could not open its file, or carries unknown fields', () => {
    const bad = [
      { ...ref, fileId: '../../etc/passwd' },
      { ...ref, keyB64: 'short' },
      { ...ref, size: -1 },
      { ...ref, size: 1.5 },
      { ...ref, name: '' },
      { ...ref, extra: true },
      'not an object',
    ]
    for (const value of bad) expect(readAttachmentRef(value)).toBeNull()
    expect(readAttachmentRefs([...bad, ref])).toEqual([ref])
    expect(readAttachmentRefs('not a list')).toEqual([])
  })
})
