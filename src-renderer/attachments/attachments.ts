/**
 * Attachments for features that own them (an offer's letter, an application's advert …). Main
 * encrypts each file with its own key; the feature keeps the returned AttachmentRef, key
 * included, inside its own encrypted record, so the key is never stored in clear.
 */
import type { AttachmentRef } from '@shared/domain/attachment'
import { fromBase64 } from '@shared/vault/bytes'
import { host } from '../host'
import { useUndoStore } from '../shell/undo'
import { kindOf } from '../errors/sentences'

/** What a record stores about one attachment (main's answer on import; older ones lack a digest). */
export type { AttachmentRef }

const PREVIEWABLE = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
])

/** What each media type main knows is called in a sentence ("a PDF"). */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'text/plain': 'Text',
  'text/html': 'Web page',
  'application/msword': 'Word document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/rtf': 'Rich text',
}

/** A short name for the kind of file, for the list: "PDF", "PNG image", "File". */
export function typeName(mediaType: string): string {
  return TYPE_NAMES[mediaType] ?? 'File'
}

/** A file size as people read it: "812 bytes", "24 KB", "3.4 MB" (1 KB = 1000 bytes). */
export function sizeText(bytes: number): string {
  if (bytes < 1000) return bytes === 1 ? '1 byte' : `${bytes} bytes`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 999.5 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  const digits = value < 9.95 ? 1 : 0
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${units[unit]}`
}

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

/** The decrypted file's bytes, in memory only (for previews): zero them when done. */
export async function readAttachmentBytes(ref: AttachmentRef): Promise<Uint8Array> {
  const { dataB64 } = await host().call('attachments/read', {
    fileId: ref.fileId,
    keyB64: ref.keyB64,
  })
  return fromBase64(dataB64)
}

/** The decrypted file, in memory only, as a Blob of its media type (for previews). */
export async function readAttachment(ref: AttachmentRef): Promise<Blob> {
  const bytes = await readAttachmentBytes(ref)
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

/**
 * Deletes files no record refers to any more, without waiting. A file that cannot be deleted
 * stays in the data folder, still encrypted, and harms nothing, so a failure is not reported.
 */
export function discardFiles(refs: readonly AttachmentRef[]): void {
  for (const ref of refs) deleteAttachment(ref).catch(() => {})
}

/**
 * After a record dropped `ref`: a toast with Undo, and the file is deleted only once that chance
 * has passed (timed out, dismissed, or the vault locked). `putBack` returns `ref` to its record and
 * answers the file it displaced there, if any (a single letter replaced since): that one goes.
 */
export function discardWithUndo(
  ref: AttachmentRef,
  text: string,
  putBack: () => Promise<AttachmentRef | null>,
): void {
  const restore = async () => {
    const displaced = await putBack()
    if (displaced && displaced.fileId !== ref.fileId) discardFiles([displaced])
  }
  useUndoStore().show(text, restore, () => discardFiles([ref]))
}
