/**
 * The sync bench's attachment figure at one vault size: the first pass of a session, when the
 * renderer reads which files every synced record names and offers them all to main, which
 * looks at each. A third of the applications carry one attachment reference; each file is
 * sealed in the data folder and already in the synced folder (a session started again on a
 * computer that synced before), so main's answer is a `stat` and a size comparison per file:
 * the cost of collecting and answering, not of copying.
 *
 * The records come from a saved sync state, as a session starts (the document's indexes are
 * built on first read). Main is the real `syncAttachmentFiles` over the real disk folder port;
 * the request and answer go through a JSON round trip, as over IPC.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { attachmentDigest, attachmentFolderName } from '@shared/sync/attachmentNames'
import { RecordDoc, type RecordValue } from '@shared/sync/recordDoc'
import { encryptAttachment, newAttachmentKey } from '@shared/vault/attachmentFile'
import type { Sodium } from '@shared/vault/sodium'
import {
  attachmentPath,
  prepareAttachmentsFolder,
} from '../../../src-main/attachments/attachmentFiles'
import { syncAttachmentFiles } from '../../../src-main/sync/attachmentCopies'
import { diskSyncFolder } from '../../../src-main/sync/syncFolder'
import { AttachmentSync, type AttachmentCopier } from '../../../src-renderer/sync/attachmentSync'
import { SYNCED_TABLES } from '../../../src-renderer/sync/syncSession'
import { generateOpportunity } from '../data/generate'

/** The figures of one first pass (ms). */
export interface AttachmentPassFigures {
  records: number
  files: number
  /** Reading every synced record's references as the session starts. */
  readMs: number
  /** The same in this process's CPU time, which other work on the machine inflates less. */
  readCpuMs: number
  /** Main's answer to the pass's request (its part of `passMs`). */
  mainMs: number
  /** The pass: collecting the files, main's answer, the waiting list. */
  passMs: number
  /** The pass in CPU time (main's file system calls wait outside it). */
  passCpuMs: number
  waiting: number
}

const NOW = Date.UTC(2026, 10, 2, 9)

/** Runs the first attachment pass at `size` applications, with its folders under `root`. */
export async function runAttachmentPassBench(
  sodium: Sodium,
  size: number,
  root: string,
): Promise<AttachmentPassFigures> {
  const dataDir = join(root, `data ${size}`)
  const syncedPath = join(root, `Afterview sync — ${size}`)
  await prepareAttachmentsFolder(dataDir)
  await mkdir(join(syncedPath, 'attachments'), { recursive: true })
  const built = new RecordDoc(() => 'bench-device')
  let files = 0
  for (let i = 0; i < size; i++) {
    const record = JSON.parse(JSON.stringify(generateOpportunity(i, { seed: 11, now: NOW })))
    if (i % 3 === 0) {
      const sealed = encryptAttachment(
        sodium,
        newAttachmentKey(sodium),
        new TextEncoder().encode(`Offer letter ${i} — Zoë Ångström, 68 000 EUR`),
      )
      const fileId = sodium.to_hex(sodium.randombytes_buf(16))
      const digest = attachmentDigest(sodium, sealed)
      await writeFile(attachmentPath(dataDir, fileId), sealed)
      await writeFile(join(syncedPath, attachmentFolderName(digest)), sealed)
      record.attachments = [
        {
          fileId,
          keyB64: sodium.to_base64(sodium.randombytes_buf(32), sodium.base64_variants.ORIGINAL),
          name: `Lettre d’offre ${i} — Société Générale.pdf`,
          size: 48_213,
          mediaType: 'application/pdf',
          digest,
        },
      ]
      files++
    }
    built.put('opportunities', record.id, record as RecordValue)
  }
  const state = built.encodeState()
  built.destroy()

  const folder = diskSyncFolder(syncedPath)
  let mainMs = 0
  const copier: AttachmentCopier = async (asked) => {
    const start = performance.now()
    const answer = await syncAttachmentFiles(
      sodium,
      dataDir,
      folder,
      JSON.parse(JSON.stringify(asked)),
    )
    const { waiting, arrived } = JSON.parse(JSON.stringify(answer)) as typeof answer
    mainMs += performance.now() - start
    return { waiting, arrived }
  }
  const records = new RecordDoc(() => 'bench-device', state)
  const named = new AttachmentSync()
  let start = performance.now()
  let cpu = process.cpuUsage()
  named.refresh(records, SYNCED_TABLES)
  const readMs = performance.now() - start
  const readCpuMs = process.cpuUsage(cpu).user / 1000
  start = performance.now()
  cpu = process.cpuUsage()
  await named.pass(records, SYNCED_TABLES, copier)
  const passMs = performance.now() - start
  const passCpuMs = process.cpuUsage(cpu).user / 1000
  records.destroy()
  await rm(dataDir, { recursive: true, force: true })
  await rm(syncedPath, { recursive: true, force: true })
  const waiting = named.waiting.length
  const figures = { records: size, files, readMs, readCpuMs, mainMs, passMs, passCpuMs, waiting }
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`
  console.log(
    `  attachments, a session's first pass (${files} files, ${waiting} waiting): reading the records ${ms(readMs)} (CPU ${ms(readCpuMs)}), the pass ${ms(passMs)} (CPU ${ms(passCpuMs)}; main's answer ${ms(mainMs)})`,
  )
  return figures
}
