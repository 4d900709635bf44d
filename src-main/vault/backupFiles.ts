/**
 * Backup and recovery-code files, written where the user chooses. Save dialogs start in a folder
 * of the user's documents; the bytes are already encrypted by the renderer (a backup) or are the
 * recovery code the user asked to keep.
 */
import { mkdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { TimeZone } from '@shared/domain/time'
import { systemTimeZone, zonedDate } from '@shared/domain/zoned'
import { HostError } from '@shared/ipc/errors'
import { BACKUP_EXTENSION } from '@shared/vault/backupFile'
import type { DialogPort } from '../ports'
import { writeFileAtomic } from '../files/atomicWrite'

/** The folder inside the documents folder that save dialogs for backups start in. */
export const BACKUP_FOLDER_NAME = 'Afterview backups'

/** Largest backup file read back, in bytes (the renderer receives it as base64). */
export const MAX_BACKUP_BYTES = 384 * 1024 * 1024

const backupFilter = { name: 'Afterview backups', extensions: [BACKUP_EXTENSION] }

/** The suggested file name of a backup made at `now` (local date), e.g. `Afterview backup 2026-11-21`. */
export function backupFileName(now: number, zone: TimeZone = systemTimeZone()): string {
  return `Afterview backup ${zonedDate(now, zone)}.${BACKUP_EXTENSION}`
}

/** Asks where to save a backup and writes it atomically; `saved: false` when cancelled. */
export async function saveBackup(
  dialog: DialogPort,
  documentsDir: string,
  bytes: Uint8Array,
  now: number,
): Promise<{ saved: boolean }> {
  const folder = join(documentsDir, BACKUP_FOLDER_NAME)
  await mkdir(folder, { recursive: true }).catch(() => undefined)
  const target = await dialog.showSave({
    title: 'Save a backup of Afterview',
    defaultPath: join(folder, backupFileName(now)),
    filters: [backupFilter],
  })
  if (!target) return { saved: false }
  await writeFileAtomic(target, bytes)
  return { saved: true }
}

/** Asks for a backup file and reads it. Errors: cancelled, not-found, too-large. */
export async function openBackup(dialog: DialogPort): Promise<{ name: string; bytes: Uint8Array }> {
  const source = await dialog.showOpen({ title: 'Restore from a backup', filters: [backupFilter] })
  if (!source) throw new HostError('cancelled', 'no backup chosen')
  const info = await stat(source).catch(() => {
    throw new HostError('not-found', 'the chosen backup cannot be read')
  })
  if (!info.isFile()) throw new HostError('not-found', 'the chosen path is not a file')
  if (info.size > MAX_BACKUP_BYTES) throw new HostError('too-large', 'backup too large to read')
  return { name: basename(source), bytes: new Uint8Array(await readFile(source)) }
}

/** Asks where to save the recovery code as a text file; `saved: false` when cancelled. */
export async function saveRecoveryCode(
  dialog: DialogPort,
  documentsDir: string,
  text: string,
): Promise<{ saved: boolean }> {
  const target = await dialog.showSave({
    title: 'Save your Afterview recovery code',
    defaultPath: join(documentsDir, 'Afterview recovery code.txt'),
    filters: [{ name: 'Text', extensions: ['txt'] }],
  })
  if (!target) return { saved: false }
  await writeFileAtomic(target, new TextEncoder().encode(text))
  return { saved: true }
}
