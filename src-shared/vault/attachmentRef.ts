/**
 * The strict shape of an attachment reference as records store it (an opportunity's files, an
 * offer's letter). Records written before attachments existed have no such field: they read as
 * having none. A reference that does not match is left out rather than shown: its file could not
 * be opened with it anyway.
 */
import * as v from 'valibot'
import type { AttachmentRef } from '../domain/offer'
import { FILE_ID_PATTERN } from './backupPayload'

/** The longest file name kept, in characters (the save dialog's limit). */
export const MAX_ATTACHMENT_NAME = 255

/** One reference: the random file id, its own key (base64 of 32 bytes), name, size, media type. */
export const attachmentRefSchema = v.strictObject({
  fileId: v.pipe(v.string(), v.regex(FILE_ID_PATTERN)),
  keyB64: v.pipe(v.string(), v.length(44), v.base64()),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ATTACHMENT_NAME)),
  /** Bytes of the original file. */
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  mediaType: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
})

/** The valid reference in `value`, or null when it is absent or malformed. */
export function readAttachmentRef(value: unknown): AttachmentRef | null {
  const parsed = v.safeParse(attachmentRefSchema, value)
  return parsed.success ? parsed.output : null
}

/** The valid references in `value`, in order; [] when the field is absent (an older record). */
export function readAttachmentRefs(value: unknown): AttachmentRef[] {
  if (!Array.isArray(value)) return []
  const refs: AttachmentRef[] = []
  for (const item of value) {
    const ref = readAttachmentRef(item)
    if (ref) refs.push(ref)
  }
  return refs
}
