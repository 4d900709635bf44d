/**
 * Sync in the app: which folder (main keeps it; the renderer knows only its name), the session
 * while the vault is unlocked, and the status the Settings panel shows. A pass runs when the
 * vault opens, when main says the folder changed, a moment after a save, every minute (so a
 * folder that came back is noticed), and when the user asks.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { SyncFolderInfo, SyncResponses } from '@shared/ipc/sync'
import { VAULT_HEADER_NAME } from '@shared/sync/names'
import { compareHeaderCopy, headerCopyText, readHeaderCopy } from '@shared/sync/headerCopy'
import { fromUtf8, utf8 } from '@shared/vault/bytes'
import { decodeVaultHeader } from '@shared/vault/vaultHeader'
import { kindOf, type ErrorKind } from '../errors/sentences'
import { host } from '../host'
import { now } from '../clock'
import { reloadSession } from '../session/lifecycle'
import { onLock, onUnlock, useVaultStore } from '../vault/store'
import { hostSyncFolder } from './hostFolder'
import { hostAttachmentCopier, hostAttachmentFiles } from './attachmentSync'
import { SyncSession } from './syncSession'
import type { SyncSessionStatus } from './sessionStatus'

/** Quiet time after a save before it is published: several quick saves go in one batch. */
export const PUBLISH_DELAY_MS = 2000
/** How often a pass runs by itself, to retry what waits and notice a folder that came back. */
export const RETRY_EVERY_MS = 60_000

/** Why choosing a folder did not start sync. */
export type ChooseProblem = 'other-vault' | 'cancelled'

/** The sync store. */
export const useSyncStore = defineStore('sync', () => {
  const folder = ref<SyncFolderInfo>({ chosen: false, label: null })
  const status = shallowRef<SyncSessionStatus | null>(null)
  const syncing = ref(false)
  /** Why the last pass could not run at all (rare: the vault refused to keep sync's state). */
  const passError = ref<ErrorKind | null>(null)
  /** This computer took up a passphrase changed elsewhere (said until the page reloads on lock). */
  const newPassphraseTaken = ref(false)
  let session: SyncSession | null = null
  let starting: Promise<void> | null = null
  let publishTimer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setInterval> | undefined
  let stopWrites: (() => void) | null = null

  async function refreshFolder(): Promise<SyncFolderInfo> {
    folder.value = await host().call('sync/folder', {})
    return folder.value
  }

  /** One pass now; never throws. */
  async function syncNow(): Promise<void> {
    if (!session) return
    syncing.value = true
    try {
      await session.sync()
      passError.value = null
    } catch (error) {
      passError.value = kindOf(error) ?? 'internal'
    } finally {
      status.value = session?.status() ?? null
      syncing.value = false
    }
  }

  function later(): void {
    clearTimeout(publishTimer)
    publishTimer = setTimeout(() => void syncNow(), PUBLISH_DELAY_MS)
  }

  /** Starts the session over the unlocked vault, when a folder is chosen. */
  function start(): Promise<void> {
    starting ??= (async () => {
      if (session || !(await refreshFolder()).chosen) return
      const vault = useVaultStore()
      const access = vault.syncAccess()
      session = await SyncSession.start({
        sodium: access.sodium,
        records: access.records,
        folder: hostSyncFolder(host()),
        keys: access.keys,
        headerText: access.headerText,
        now,
        onMerged: () => reloadSession(),
        attachments: hostAttachmentCopier(host()),
        attachmentFiles: hostAttachmentFiles(host()),
      })
      stopWrites = access.records.onWrite(() => later())
      retryTimer = setInterval(() => void syncNow(), RETRY_EVERY_MS)
      await syncNow()
    })().finally(() => (starting = null))
    return starting
  }

  async function stop(): Promise<void> {
    clearTimeout(publishTimer)
    clearInterval(retryTimer)
    stopWrites?.()
    stopWrites = null
    const ending = session
    session = null
    status.value = null
    await ending?.close()
  }

  /**
   * "Sync through a folder…": asks main for a folder, puts this vault's (non-secret) header
   * copy there for the devices that join, and starts syncing. A folder that already holds
   * another vault's header is not used.
   */
  async function chooseFolder(): Promise<ChooseProblem | null> {
    const chosen = await host().call('sync/choose-folder', {})
    if (chosen.cancelled) return 'cancelled'
    folder.value = chosen
    const port = hostSyncFolder(host())
    const ours = await useVaultStore().syncAccess().headerText()
    const there = await port.read(VAULT_HEADER_NAME)
    if (there !== null && !sameVault(fromUtf8(there), ours)) {
      folder.value = await host().call('sync/forget-folder', {})
      return 'other-vault'
    }
    if (there === null) {
      await port.write(
        VAULT_HEADER_NAME,
        utf8(headerCopyText(ours, [decodeVaultHeader(ours).keyId])),
      )
    }
    await start()
    return null
  }

  /**
   * "Choose the folder again…" after the synced folder moved: main asks where it is now and
   * takes it only when it is this vault's folder with this computer's files; then a pass runs at
   * once. Answers main's verdict, or null when no session runs (nothing is asked).
   */
  async function chooseFolderAgain(): Promise<SyncResponses['sync/choose-folder-again'] | null> {
    if (!session) return null
    const answer = await host().call('sync/choose-folder-again', session.identity())
    folder.value = { chosen: answer.chosen, label: answer.label }
    if (answer.outcome === 'same-folder') await syncNow()
    return answer
  }

  /**
   * Takes up the passphrase another computer changed to: its header copy in the folder opens
   * with it, and this vault moves to the new key. A wrong passphrase rejects (`wrong-passphrase`)
   * and changes nothing. Sync starts again on the new key by itself (the vault reopens).
   */
  async function enterNewPassphrase(passphrase: string): Promise<void> {
    const request = status.value?.header
    if (request?.kind !== 'new-passphrase') return
    await useVaultStore().syncAccess().adoptHeader(request.copy, passphrase)
    newPassphraseTaken.value = true
  }

  /** "Remove this computer" for another computer in the list. */
  async function removeComputer(device: string): Promise<void> {
    if (!session) return
    await session.removeDevice(device)
    status.value = session?.status() ?? null
  }

  /** "Join again" on this computer after another one removed it from sync. */
  async function joinAgain(): Promise<void> {
    if (!session) return
    await session.joinAgain()
    status.value = session?.status() ?? null
  }

  /** Names this computer (as typed; blank removes the name) for the user's other computers. */
  async function renameComputer(typed: string): Promise<void> {
    if (!session) return
    await session.renameComputer(typed)
    status.value = session?.status() ?? null
  }

  /** "Stop syncing": this computer stops reading and writing the folder; the folder stays. */
  async function forgetFolder(): Promise<void> {
    await stop()
    folder.value = await host().call('sync/forget-folder', {})
  }

  /** Follows the vault: sync runs while it is unlocked. Answers the function that stops. */
  function follow(): () => void {
    const begin = () => void start().catch((error: unknown) => (passError.value = kindOf(error)))
    const stops = [
      onUnlock(begin),
      onLock(() => void stop()),
      host().on('sync/changed', () => void syncNow()),
    ]
    if (useVaultStore().status === 'unlocked') begin()
    return () => {
      stops.forEach((s) => s())
      void stop()
    }
  }

  return {
    folder,
    status,
    syncing,
    passError,
    newPassphraseTaken,
    refreshFolder,
    syncNow,
    enterNewPassphrase,
    chooseFolder,
    chooseFolderAgain,
    forgetFolder,
    removeComputer,
    joinAgain,
    renameComputer,
    follow,
  }
})

/**
 * True when the folder's copy is this vault's: the same key, or a later one another computer
 * changed to (the session then asks for its passphrase).
 */
function sameVault(there: string, ours: string): boolean {
  try {
    const standing = compareHeaderCopy(
      [decodeVaultHeader(ours).keyId],
      readHeaderCopy(there).keyIds,
    )
    return standing === 'same' || standing === 'newer'
  } catch {
    return false
  }
}
