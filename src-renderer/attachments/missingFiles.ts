/**
 * Which of a record's files are not on this computer: with sync, a record can arrive before the
 * sealed file it names, which main then brings from the synced folder. Checked again whenever the
 * files change and after every sync pass, so a file that arrived is shown as it is.
 */
import { ref, watch, type Ref } from 'vue'
import { host } from '../host'
import { fetchAttachment } from '../sync/attachmentSync'
import { useSyncStore } from '../sync/syncStore'
import type { AttachmentRef } from './attachments'

/** The missing files of `files()`, and a way to ask for one now. */
export function useMissingFiles(files: () => readonly AttachmentRef[]): {
  missing: Ref<ReadonlySet<string>>
  fetch: (file: AttachmentRef) => Promise<boolean>
} {
  const missing = ref<ReadonlySet<string>>(new Set())
  const sync = useSyncStore()
  let asked = 0

  async function check(): Promise<void> {
    const fileIds = files().map((f) => f.fileId)
    const mine = ++asked
    try {
      const answer =
        fileIds.length === 0 ? [] : (await host().call('attachments/missing', { fileIds })).fileIds
      if (mine === asked) missing.value = new Set(answer)
    } catch {
      // Asked again after the next pass; until then the list shows what it knew.
    }
  }

  watch(
    [
      () =>
        files()
          .map((f) => f.fileId)
          .join(),
      () => sync.status,
    ],
    () => void check(),
    {
      immediate: true,
    },
  )

  return {
    missing,
    /** Asks main to take the file from the synced folder now; true when it is here. */
    async fetch(file) {
      await fetchAttachment(host(), file)
      await check()
      return !missing.value.has(file.fileId)
    },
  }
}
