/**
 * Which of a record's files are not on this computer: with sync, a record can arrive before the
 * sealed file it names, which main then brings from the synced folder. Checked again when the
 * files change and when sync has brought files here (the status's `attachmentsArrived`), not
 * after every pass: a pass that brought nothing changes nothing in the list.
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
  /** The last check went unanswered: the next pass's status asks again. */
  let unanswered = false

  async function check(): Promise<void> {
    const fileIds = files().map((f) => f.fileId)
    const mine = ++asked
    try {
      const answer =
        fileIds.length === 0 ? [] : (await host().call('attachments/missing', { fileIds })).fileIds
      if (mine === asked) {
        missing.value = new Set(answer)
        unanswered = false
      }
    } catch {
      // Asked again after the next pass; until then the list shows what it knew.
      if (mine === asked) unanswered = true
    }
  }

  watch(
    [
      () =>
        files()
          .map((f) => f.fileId)
          .join(),
      () => sync.status?.attachmentsArrived ?? 0,
    ],
    () => void check(),
    { immediate: true },
  )
  watch(
    () => sync.status,
    () => {
      if (unanswered) void check()
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
