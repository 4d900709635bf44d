/**
 * The Settings screen's "Your data" section: plain exports, and an import (a JSON export, or a
 * CSV file mapped column by column first) the user previews, confirms and can undo. The file, the
 * plan and what the last import wrote are kept only while this session lasts; locking forgets
 * them.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  MAX_CSV_BYTES,
  type DataFileKind,
  type OpenedCsvFile,
  type ResponseOf,
} from '@shared/ipc/contract'
import { readCurrencyCode } from '@shared/domain/money'
import { fromBase64 } from '@shared/vault/bytes'
import { applicationsCsv } from '@shared/records/applicationsCsv'
import { readCsvFile } from '@shared/records/csvFile'
import type { ExportFileError } from '@shared/records/exportFile'
import { now } from '../clock'
import { userLocale } from '../locale'
import { kindOf, messageFor } from '../errors/sentences'
import { host } from '../host'
import { useBoardStore } from '../interviews/store'
import { reloadSession, settleSession } from '../session/lifecycle'
import { sessionRef } from '../session/store'
import { countText } from '../ui/format'
import { useVaultStore } from '../vault/store'
import {
  planCsvImport,
  readCsvInSteps,
  stageChoicesFor,
  startCsvDraft,
  type CsvDraft,
  type CsvSummary,
} from './csvImport'
import {
  applyImport,
  exportEverything,
  planImport,
  undoImport,
  type ImportDone,
  type ImportPlan,
} from './portable'
import {
  csvTooLarge,
  describeCounts,
  describeCsvDone,
  describeCsvError,
  describeFileError,
} from './wording'

/** A preview waiting for the user's confirmation, and what kind of file it came from. */
export interface PendingImport {
  fileName: string
  plan: ImportPlan
  source: { kind: 'json'; exportedAt: string } | { kind: 'csv'; summary: CsvSummary }
}

/** The currency of a CSV's amounts until the user says otherwise, as in the forms. */
const GBP = readCurrencyCode('GBP')!

/** The "Your data" store. */
export const usePortableStore = defineStore('portable', () => {
  const busy = ref(false)
  /** The last outcome, in words; `error` when it failed. */
  const status = ref<{ text: string; error: boolean } | null>(null)
  const pending = sessionRef<PendingImport | null>(() => null)
  /** A CSV file read and being mapped, before its preview. */
  const csvDraft = sessionRef<CsvDraft | null>(() => null)
  const progress = ref<{ verb: 'Reading' | 'Importing'; done: number; total: number } | null>(null)
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

  /**
   * Asks main for a file to import, dropping any preview or mapping on screen; null when the user
   * closed the dialog.
   */
  async function pick<C extends 'data/open-json' | 'data/open-csv'>(
    channel: C,
  ): Promise<ResponseOf<C> | null> {
    pending.value = null
    csvDraft.value = null
    try {
      return await host().call(channel, {})
    } catch (error) {
      if (kindOf(error) === 'cancelled') return null
      throw error
    }
  }

  /** Asks for a JSON export and shows what importing it would do; writes nothing. */
  function chooseImport(): Promise<void> {
    return run(async () => {
      const file = await pick('data/open-json')
      if (!file) return null
      const planned = await planImport(useVaultStore().records(), file.text)
      if (!planned.ok) {
        status.value = {
          text: describeFileError(file.fileName, planned.error as ExportFileError),
          error: true,
        }
        return null
      }
      pending.value = {
        fileName: file.fileName,
        plan: planned.plan,
        source: { kind: 'json', exportedAt: planned.exportedAt },
      }
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
        progress.value = { verb: 'Importing', done: d, total }
      })
      pending.value = null
      csvDraft.value = null
      await reloadSession()
      lastImport.value = done.written.length > 0 ? done : null
      if (done.written.length === 0)
        return 'Nothing was imported: everything in the file is already here.'
      return chosen.source.kind === 'csv'
        ? describeCsvDone(done)
        : `Imported ${describeCounts(done.counts)}.`
    })
  }

  /** Drops the pending plan (and a CSV file being mapped) without writing anything. */
  function cancelImport(): void {
    pending.value = null
    csvDraft.value = null
  }

  /** Asks for a CSV file and reads it for the mapping step; writes nothing. */
  function chooseCsv(): Promise<void> {
    return run(async () => {
      let file: OpenedCsvFile | null
      try {
        file = await pick('data/open-csv')
      } catch (error) {
        if (kindOf(error) !== 'too-large') throw error
        status.value = { text: csvTooLarge(MAX_CSV_BYTES), error: true }
        return null
      }
      if (!file) return null
      const read = readCsvFile(fromBase64(file.dataB64))
      if (!read.ok) {
        status.value = { text: describeCsvError(file.fileName, read.error), error: true }
        return null
      }
      csvDraft.value = startCsvDraft(file.fileName, read.table, userLocale, GBP)
      return null
    })
  }

  /** Changes the mapping; a changed column brings the stages it holds into the stage list. */
  function updateCsvDraft(
    change: Partial<Pick<CsvDraft, 'columns' | 'stages' | 'locale' | 'currency'>>,
  ): void {
    const draft = csvDraft.value
    if (!draft) return
    const next = { ...draft, ...change }
    if (change.columns) next.stages = stageChoicesFor(draft.table, change.columns, next.stages)
    csvDraft.value = next
  }

  /** Reads every row with the mapping and shows what importing them would do; writes nothing. */
  function previewCsv(): Promise<void> {
    const draft = csvDraft.value
    if (!draft) return Promise.resolve()
    return run(async () => {
      const board = useBoardStore()
      const records = useVaultStore().records()
      const at = now()
      const read = await readCsvInSteps(
        draft,
        { zone: board.settings.timeZone, now: at, newId: () => records.newId() },
        (done, total) => (progress.value = { verb: 'Reading', done, total }),
      )
      const { plan, summary } = planCsvImport(read, board.opportunities, at, draft.locale)
      pending.value = { fileName: draft.fileName, plan, source: { kind: 'csv', summary } }
      return null
    })
  }

  /** Back from a CSV import's preview to its mapping. */
  function backToMapping(): void {
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
    csvDraft,
    exportJson,
    exportCsv,
    chooseImport,
    confirmImport,
    cancelImport,
    chooseCsv,
    updateCsvDraft,
    previewCsv,
    backToMapping,
    undoLastImport,
  }
})
