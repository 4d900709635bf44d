/**
 * The Settings screen's "Your data" section: plain exports, and an import the user previews,
 * confirms and can undo. What the last import wrote is kept for its undo only while this session
 * lasts; locking forgets it.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { DataFileKind } from '@shared/ipc/contract'
import { applicationsCsv } from '@shared/records/applicationsCsv'
import type { ExportFileError } from '@shared/records/exportFile'
import { kindOf, messageFor } from '../errors/sentences'
import { host } from '../host'
import { useBoardStore } from '../interviews/store'
import { reloadSession, settleSession } from '../session/lifecycle'
import { sessionRef } from '../session/store'
import { countText } from '../ui/format'
import { useVaultStore } from '../vault/store'
import {
  applyImport,
  exportEverything,
  planImport,
  undoImport,
  type ImportDone,
  type ImportPlan,
} from './portable'
import { describeCounts, describeFileError } from './wording'

/** A preview waiting for the user's confirmation. */
export interface PendingImport {
  fileName: string
  plan: ImportPlan
}

/** The "Your data" store. */
export const usePortableStore = defineStore('portable', () => {
  const busy = ref(false)
  /** The last outcome, in words; `error` when it failed. */
  const status = ref<{ text: string; error: boolean } | null>(null)
  const pending = shallowRef<PendingImport | null>(null)
  const progress = ref<{ done: number; total: number } | null>(null)
  const lastImport = sessionRef<ImportDone | null>(() => null)

  async function run(step: () => Promise<string | null>): Promise<void> {
    if (busy.value) return
    busy.value = true
    status.value = null
    try {
      const text = await step()
      if (text) status.value = { text, error: false }
    } catch (error) {
      status.value = { text: messageFor(error), error: true }
    } finally {
      busy.value = false
      progress.value = null
    }
  }

  async function save(kind: DataFileKind, text: string, what: string): Promise<string | null> {
    try {
      const saved = await host().call('data/save', { kind, text })
      return `${what} saved as ${saved.fileName}.`
    } catch (error) {
      if (kindOf(error) === 'cancelled') return null
      throw error
    }
  }

  /** Saves every readable record as the JSON export, where the user chooses. */
  function exportJson(): Promise<void> {
    return run(async () => {
      const about = await host().call('app/about', {})
      const made = await exportEverything(useVaultStore().records(), {
        exportedAt: new Date(),
        appVersion: about.appVersion,
      })
      const count = countText(made.records)
      const saved = await save(
        'json',
        made.text,
        `Everything (${count} ${made.records === 1 ? 'record' : 'records'})`,
      )
      if (saved && made.unreadable > 0) {
        return `${saved} ${made.unreadable} damaged ${made.unreadable === 1 ? 'record is' : 'records are'} not in it.`
      }
      return saved
    })
  }

  /** Saves the applications as CSV, where the user chooses. */
  function exportCsv(): Promise<void> {
    return run(async () => {
      const board = useBoardStore()
      const text = applicationsCsv(board.opportunities, board.settings.timeZone)
      const count = board.opportunities.length
      return save(
        'csv',
        text,
        `${countText(count)} ${count === 1 ? 'application' : 'applications'}`,
      )
    })
  }

  /** Asks for a JSON export and shows what importing it would do; writes nothing. */
  function chooseImport(): Promise<void> {
    return run(async () => {
      pending.value = null
      let file: { fileName: string; text: string }
      try {
        file = await host().call('data/open-json', {})
      } catch (error) {
        if (kindOf(error) === 'cancelled') return null
        throw error
      }
      const planned = await planImport(useVaultStore().records(), file.text)
      if (!planned.ok) {
        status.value = {
          text: describeFileError(file.fileName, planned.error as ExportFileError),
          error: true,
        }
        return null
      }
      pending.value = { fileName: file.fileName, plan: planned.plan }
      return null
    })
  }

  /** Imports the pending plan; existing records are replaced only when the user chose to. */
  function confirmImport(replaceExisting: boolean): Promise<void> {
    const chosen = pending.value
    if (!chosen) return Promise.resolve()
    return run(async () => {
      await settleSession()
      const records = useVaultStore().records()
      const done = await applyImport(records, chosen.plan, replaceExisting, (d, total) => {
        progress.value = { done: d, total }
      })
      pending.value = null
      await reloadSession()
      lastImport.value = done.written.length > 0 ? done : null
      return done.written.length > 0
        ? `Imported ${describeCounts(done.counts)}.`
        : 'Nothing was imported: everything in the file is already here.'
    })
  }

  /** Drops the pending plan without writing anything. */
  function cancelImport(): void {
    pending.value = null
  }

  /** Undoes the last import in one step. */
  function undoLastImport(): Promise<void> {
    const done = lastImport.value
    if (!done) return Promise.resolve()
    return run(async () => {
      await settleSession()
      await undoImport(useVaultStore().records(), done)
      await reloadSession()
      lastImport.value = null
      return 'The import was undone.'
    })
  }

  return {
    busy,
    status,
    pending,
    progress,
    lastImport,
    exportJson,
    exportCsv,
    chooseImport,
    confirmImport,
    cancelImport,
    undoLastImport,
  }
})
