/**
 * The attachment channels: files encrypted into the data folder, previews, copies the user saves,
 * and the encrypted files a backup carries. Plain functions of the injected ports, so the
 * end-to-end transport runs exactly this code.
 */
import { basename, join } from 'node:path'
import type { attachmentRequestSchemas } from '@shared/ipc/attachments'
import { HostError } from '@shared/ipc/errors'
import { isVaultError } from '@shared/vault/errors'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import type { Ports } from '../ports'
import type { HandlersOf } from '../ipc/handlers'
import type { RestoreGate } from '../vault/restoreGate'
import { writeFileAtomic } from '../files/atomicWrite'
import {
  DEFAULT_ATTACHMENT_LIMIT_BYTES,
  deleteAttachment,
  importAttachment,
  listEncryptedAttachments,
  missingAttachments,
  readAttachment,
  rekeyAttachment,
  restoreEncryptedAttachments,
  storeAttachment,
} from './attachmentFiles'

/** Re-throws format errors (a damaged attachment …) as host errors of the same kind. */
async function typed<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (isVaultError(error)) throw new HostError(error.kind, error.message)
    throw error
  }
}

/** The handlers of the attachment channels; restored files are written only inside `restore`. */
export function attachmentHandlers(
  ports: Ports,
  restore: RestoreGate,
): HandlersOf<typeof attachmentRequestSchemas> {
  let sodium: Promise<Sodium> | null = null
  const crypto = () => (sodium ??= loadSodium())
  const limit = ports.attachmentLimitBytes ?? DEFAULT_ATTACHMENT_LIMIT_BYTES

  return {
    'attachments/import': ({ kind }) =>
      typed(async () => {
        const source = await ports.dialog.showOpen(
          kind === 'advert'
            ? {
                title: 'Open a saved job advert',
                filters: [
                  { name: 'Saved web pages and PDFs', extensions: ['html', 'htm', 'pdf'] },
                  { name: 'All files', extensions: ['*'] },
                ],
              }
            : { title: 'Attach a file' },
        )
        if (!source) throw new HostError('cancelled', 'no file chosen')
        return importAttachment(await crypto(), ports.dataDir, source, limit)
      }),
    'attachments/import-bytes': ({ name, dataB64 }) =>
      typed(async () => {
        // The base64 text is over a third larger than the file: refuse a huge one before decoding.
        if (dataB64.length > Math.ceil(limit / 3) * 4 + 4)
          throw new HostError('too-large', 'dropped file over the limit')
        const plain = new Uint8Array(Buffer.from(dataB64, 'base64'))
        return storeAttachment(await crypto(), ports.dataDir, name, plain, limit)
      }),
    'attachments/read': ({ fileId, keyB64 }) =>
      typed(async () => {
        const bytes = await readAttachment(await crypto(), ports.dataDir, fileId, keyB64)
        return { dataB64: Buffer.from(bytes).toString('base64') }
      }),
    'attachments/export': ({ fileId, keyB64, name }) =>
      typed(async () => {
        const bytes = await readAttachment(await crypto(), ports.dataDir, fileId, keyB64)
        const target = await ports.dialog.showSave({
          title: 'Save a copy',
          defaultPath: join(ports.documentsDir, basename(name.replace(/\\/g, '/'))),
        })
        if (!target) return { saved: false }
        await writeFileAtomic(target, bytes)
        return { saved: true }
      }),
    'attachments/rekey': ({ fileId, keyB64 }) =>
      typed(async () => rekeyAttachment(await crypto(), ports.dataDir, fileId, keyB64)),
    'attachments/delete': async ({ fileId }) => {
      await deleteAttachment(ports.dataDir, fileId)
      return {}
    },
    'attachments/missing': async ({ fileIds }) => ({
      fileIds: await missingAttachments(ports.dataDir, fileIds),
    }),
    'attachments/list-encrypted': async () => ({
      files: await listEncryptedAttachments(ports.dataDir),
    }),
    'attachments/restore-encrypted': async ({ files }) =>
      restoreEncryptedAttachments(ports.dataDir, files, restore, ports.log),
  }
}
