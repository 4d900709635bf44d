/**
 * Handlers of the sync channels. Every name the renderer gives is relative to the folder main
 * keeps (folderService.ts) and checked again by the folder port (syncFolder.ts).
 */
import type { syncRequestSchemas } from '@shared/ipc/sync'
import { digestOfFolderName } from '@shared/sync/attachmentNames'
import { SyncFolderError } from '@shared/sync/folder'
import { fromBase64, toBase64 } from '@shared/vault/bytes'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import type { HandlersOf } from '../ipc/handlers'
import { digestsOfFiles, syncAttachmentFiles } from './attachmentCopies'
import { asHostError, type SyncFolderService } from './folderService'

/**
 * The handlers of the sync channels over main's record of the folder; attachments are copied
 * between the folder and `<dataDir>/attachments`.
 */
export function syncHandlers(
  service: SyncFolderService,
  dataDir: string,
): HandlersOf<typeof syncRequestSchemas> {
  let sodium: Promise<Sodium> | null = null
  const inFolder = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      if (error instanceof SyncFolderError && error.kind === 'folder-missing') service.lost()
      throw asHostError(error)
    }
  }
  return {
    'sync/folder': () => service.info(),
    'sync/choose-folder': () => service.choose(),
    'sync/choose-folder-again': (identity) => service.chooseAgain(identity),
    'sync/forget-folder': () => service.forget(),
    'sync/list': async () => {
      const folder = await service.folder()
      return { entries: await inFolder(() => folder.list()) }
    },
    'sync/read': async ({ name }) => {
      const folder = await service.folder()
      // The port refuses a file over MAX_SYNC_FILE_BYTES from its size, before reading it.
      const bytes = await inFolder(() => folder.read(name))
      return { dataB64: bytes && toBase64(bytes) }
    },
    'sync/write': async ({ name, dataB64 }) => {
      const folder = await service.folder()
      await inFolder(() => folder.write(name, fromBase64(dataB64)))
      return null
    },
    'sync/remove': async ({ name }) => {
      const folder = await service.folder()
      await inFolder(() => folder.remove(name))
      return null
    },
    'sync/attachments': async ({ files }) => {
      const folder = await service.folder()
      const crypto = await (sodium ??= loadSodium())
      return inFolder(() => syncAttachmentFiles(crypto, dataDir, folder, files))
    },
    'sync/attachment-digests': async ({ fileIds }) => {
      const crypto = await (sodium ??= loadSodium())
      return { files: await digestsOfFiles(crypto, dataDir, fileIds) }
    },
    'sync/attachments-listed': async () => {
      const folder = await service.folder()
      const entries = await inFolder(() => folder.listAttachments())
      return { digests: entries.flatMap((e) => digestOfFolderName(e.name) ?? []) }
    },
    'sync/attachment-remove': async ({ digest }) => {
      const folder = await service.folder()
      await inFolder(() => folder.removeAttachment(digest))
      return null
    },
  }
}
