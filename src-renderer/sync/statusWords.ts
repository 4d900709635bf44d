/**
 * The sync status in plain words, for the Settings panel: where this computer stands, each other
 * computer, what waits (and is retried without the user doing anything), and what failed and why.
 */
import type { Instant } from '@shared/domain/time'
import type { FileIssue, FailedReason, SyncStatus, WaitingReason } from '@shared/sync/status'
import { MESSAGES } from '../errors/sentences'
import type { SyncSessionStatus } from './sessionStatus'

/** One line of the panel; `tone` picks its colour. */
export interface StatusLine {
  text: string
  tone: 'plain' | 'waiting' | 'problem'
}

/**
 * How the panel names a computer of `status`: the name the user gave it, in quotes, or, before
 * it has one, "computer 3f9a" (the start of its id).
 */
export function computerNamer(status: SyncStatus): (device: string) => string {
  const names = new Map(status.devices.map((d) => [d.device, d.name]))
  names.set(status.device, status.name)
  return (device) => {
    const name = names.get(device)
    return name ? `“${name}”` : idName(device)
  }
}

/**
 * What the panel says on a computer another one removed from sync (`status.removedBy` set),
 * above its "Join again".
 */
export function removedText(status: SyncStatus & { removedBy: string }): string {
  return `This computer was removed from sync on ${computerNamer(status)(status.removedBy)}, so it no longer reads or writes the folder. Everything you keep here stays here; changes made here since then do not reach your other computers until it joins again.`
}

/** The confirmation before "Join again", for a computer called `name` (null: unnamed). */
export function joinAgainText(name: string | null): string {
  const called = name
    ? `as a new computer, still called “${name}”`
    : 'as a new computer, named by the start of its new id until you give it a name'
  return `Join sync again? Every record on this computer stays here, and what your other computers changed meanwhile is added to them. Changes made here while it was out go to your other computers, merged with theirs. Your other computers will list this one ${called}.`
}

/** A computer named by the start of its id: "computer 3f9a". */
function idName(device: string): string {
  return `computer ${device.slice(0, 4)}`
}

const WAITING: Record<WaitingReason, (n: number) => string> = {
  incomplete: (n) =>
    `${n === 1 ? 'One file is' : `${n} files are`} still being copied into the folder by your sync service. Afterview reads ${n === 1 ? 'it' : 'them'} again each time it syncs, so there is nothing you need to do.`,
  'unknown-key': (n) =>
    `${n === 1 ? 'One file was' : `${n} files were`} locked with a passphrase changed on another computer, so ${n === 1 ? 'it waits' : 'they wait'} here. This computer cannot read ${n === 1 ? 'it' : 'them'} until it has the new passphrase.`,
}

const FAILED: Record<FailedReason, string> = {
  damaged: 'is damaged and was skipped. It is read again if your sync service replaces it.',
  'unsupported-version': 'was written by a newer version of Afterview. Update Afterview here.',
  misplaced: 'was moved or renamed in the folder, so Afterview did not trust it.',
}

/** Attachments named by synced records whose files have not reached this computer yet. */
export function attachmentsWaitingText(n: number): string {
  return n === 1
    ? 'One attached file is still on its way to this computer. It opens here as soon as your sync service has brought it; Afterview looks for it each time it syncs.'
    : `${n} attached files are still on their way to this computer. Each opens here as soon as your sync service has brought it; Afterview looks for them each time it syncs.`
}

/** Sync files iCloud Drive keeps only online, with what the user can do about it. */
function onlineOnlyText(n: number): string {
  return `${n === 1 ? 'One file' : `${n} files`} in the folder ${n === 1 ? 'is' : 'are'} kept only online by iCloud Drive, so this computer cannot read ${n === 1 ? 'it' : 'them'} yet. In Finder, Control-click the sync folder and choose Download Now, or turn off Optimise Mac Storage in iCloud’s settings; Afterview reads ${n === 1 ? 'it' : 'them'} the next time it syncs.`
}

function grouped<R extends string>(issues: FileIssue<R>[]): Map<R, FileIssue<R>[]> {
  const by = new Map<R, FileIssue<R>[]>()
  for (const issue of issues) by.set(issue.reason, [...(by.get(issue.reason) ?? []), issue])
  return by
}

/** The record's name as the user knows it, where it has one. */
function recordName(table: string, value: Record<string, unknown>): string {
  const company = typeof value['company'] === 'string' ? value['company'] : ''
  if (table === 'opportunities' && company) return `The application to ${company}`
  if (table === 'referees' && typeof value['name'] === 'string')
    return `The referee ${value['name']}`
  if (table === 'offers' && company) return `The offer from ${company}`
  return 'An item'
}

/** The panel's lines for `status`; `when` writes an instant ("Thu 5 Mar, 10:00"). */
export function statusLines(
  status: SyncSessionStatus,
  when: (at: Instant) => string,
): StatusLine[] {
  const lines: StatusLine[] = []
  const called = computerNamer(status)
  if (status.folder) {
    lines.push({
      text: `Since ${when(status.folder.since)}: ${MESSAGES[status.folder.problem]} Your changes are kept here and written when the folder is back.`,
      tone: 'problem',
    })
  }
  if (status.header?.kind === 'other-vault') {
    lines.push({
      text: 'The folder’s vault header belongs to another Afterview, so this computer leaves it alone and keeps its own. Check that the folder holds only this Afterview’s files.',
      tone: 'problem',
    })
  }
  lines.push({
    text: status.lastPullAt
      ? `This computer (${called(status.device)}) last read the folder ${when(status.lastPullAt)}.`
      : `This computer (${called(status.device)}) has not read the folder yet.`,
    tone: 'plain',
  })
  for (const device of status.devices) {
    // A computer that joined again is listed once, under the id it syncs as now.
    if (device.device === status.device || device.joinedAgainAs) continue
    if (device.removed) {
      lines.push({
        text: `Afterview no longer reads new files from ${called(device.device)}: it was removed from sync.`,
        tone: 'plain',
      })
      continue
    }
    let text = device.lastSyncAt
      ? `Changes from ${called(device.device)} last arrived ${when(device.lastSyncAt)}.`
      : `Nothing from ${called(device.device)} has been read yet.`
    if (device.missing.length > 0) {
      text += ` ${device.missing.length === 1 ? 'One of its files has' : `${device.missing.length} of its files have`} not arrived yet; its later changes wait for ${device.missing.length === 1 ? 'it' : 'them'}.`
    }
    if (device.clash)
      text += ' Two computers sync as this one (one backup restored twice); both are merged.'
    lines.push({ text, tone: device.missing.length > 0 || device.clash ? 'waiting' : 'plain' })
  }
  if (status.renamedFrom) {
    lines.push({
      text: `Another computer was syncing as this one (${idName(status.renamedFrom)}; one backup restored on two computers), so this one now syncs as ${idName(status.device)} and wrote everything again. Nothing was lost. If both computers have the same name, rename one of them to tell them apart.`,
      tone: 'waiting',
    })
  }
  if (status.filesKeptFor.length > 0) {
    const names = status.filesKeptFor.map(called).join(' and ')
    lines.push({
      text: `This computer’s older files stay in the folder until ${names} has read them. If you no longer use ${status.filesKeptFor.length === 1 ? 'it' : 'one of them'}, remove it below.`,
      tone: 'waiting',
    })
  }
  for (const [reason, issues] of grouped(status.waiting)) {
    lines.push({ text: WAITING[reason](issues.length), tone: 'waiting' })
  }
  if (status.onlineOnly > 0)
    lines.push({ text: onlineOnlyText(status.onlineOnly), tone: 'waiting' })
  if (status.attachmentsWaiting.length > 0) {
    lines.push({ text: attachmentsWaitingText(status.attachmentsWaiting.length), tone: 'waiting' })
  }
  if (status.earlierKey.length > 0) {
    const n = status.earlierKey.length
    lines.push({
      text: `${n === 1 ? 'One file' : `${n} files`} in the folder ${n === 1 ? 'was' : 'were'} locked with an earlier passphrase, from before this computer had the current one, so ${n === 1 ? 'it stays' : 'they stay'} closed here. The computer that wrote ${n === 1 ? 'it' : 'them'} sends its changes again under the current passphrase once it uses it.`,
      tone: 'plain',
    })
  }
  for (const [reason, issues] of grouped(status.failed)) {
    const subject = issues.length === 1 ? 'One file' : `${issues.length} files`
    lines.push({ text: `${subject} from the folder ${FAILED[reason]}`, tone: 'problem' })
  }
  for (const conflict of status.conflicts) {
    lines.push({
      text: `${recordName(conflict.table, conflict.value)} was deleted on ${conflict.deletedBy === status.device ? 'this computer' : called(conflict.deletedBy)} while it was changed on another. Afterview kept it with every change; delete it again if you meant to.`,
      tone: 'waiting',
    })
  }
  for (const rejected of status.rejected) {
    lines.push({
      text: `An item from another computer could not be saved here because it does not read as Afterview expects (${rejected.problem}). It is kept in the folder; updating Afterview may read it.`,
      tone: 'problem',
    })
  }
  for (const unsaved of status.unsaved) {
    lines.push({
      text: `A change from another computer could not be saved here yet: ${MESSAGES[unsaved.kind === 'unknown' ? 'internal' : unsaved.kind]} Afterview tries again the next time it syncs.`,
      tone: 'problem',
    })
  }
  return lines
}
