/**
 * Attachments for features that own them (an offer's letter, an application's advert …). Main
 * encrypts each file with its own key; the feature keeps the returned AttachmentRef, key
 * included, inside its own encrypted record, so the key is never stored in clear.
 */
import type { ImportedAttachment } from '@shared/ipc/contract'
import { fromBase64 } from '@shared/vault/bytes'
import { host } from '../host'
import { kindOf } from './messages'

/** What a record stores about one attachment (the same fields main answers on import). */
export type AttachmentRef = ImportedAttachment

const PREVIEWABLE = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
])

/** True when the app can show this kind of file inside the window. */
export function canPreview(mediaType: string): boolean {
  return PREVIEWABLE.has(mediaType)
}

/** Asks the user for a file and stores it encrypted; null when they cancelled. Errors: too-large … */
export async function importAttachment(): Promise<AttachmentRef | null> {
  try {
    return await host().call('attachments/import', {})
  } catch (error) {
    if (kindOf(error) === 'cancelled') return null
    throw error
  }
}

/** The decrypted file, in memory only, as a Blob of its media type (for previews). */
export async function readAttachment(ref: AttachmentRef): Promise<Blob> {
  const { dataB64 } = await host().call('attachments/read', {
    fileId: ref.fileId,
    keyB64: ref.keyB64,
  })
  const bytes = fromBase64(dataB64)
  return new Blob([bytes.buffer as ArrayBuffer], { type: ref.mediaType })
}

/** Saves a decrypted copy where the user picks; false when they cancelled. */
export async function exportAttachment(ref: AttachmentRef): Promise<boolean> {
  const { saved } = await host().call('attachments/export', {
    fileId: ref.fileId,
    keyB64: ref.keyB64,
    name: ref.name,
  })
  return saved
}

/** Deletes the encrypted file (call it when the owning record drops the attachment). */
export async function deleteAttachment(ref: AttachmentRef): Promise<void> {
  await host().call('attachments/delete', { fileId: ref.fileId })
}
