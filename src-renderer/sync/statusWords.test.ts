import { describe, expect, it } from 'vitest'
import type { DeviceStatus } from '@shared/sync/status'
import type { SyncSessionStatus } from './sessionStatus'
import { sessionStatus } from '../../tests/support/syncStatus'
import { joinAgainText, removedText, statusLines } from './statusWords'

const me = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const desk = 'f00dfeedf00dfeedf00dfeedf00dfeed'
const when = (at: number) => new Date(at).toISOString().slice(0, 16)
const at = Date.UTC(2025, 10, 28, 9, 15)

/** Another computer as the status lists it, heard from at `at`. */
function heard(device: string, over: Partial<DeviceStatus> = {}): DeviceStatus {
  const base = { device, name: null, lastSeq: 4, lastSyncAt: at, missing: [], clash: false }
  return { ...base, removed: false, ...over }
}

function status(over: Partial<SyncSessionStatus> = {}): SyncSessionStatus {
  return sessionStatus(me, at, over)
}

describe('the sync status in words', () => {
  it('says when this computer and each other one were last heard from', () => {
    const lines = statusLines(
      status({
        devices: [
          {
            device: desk,
            name: null,
            lastSeq: 4,
            lastSyncAt: at,
            missing: [3],
            clash: false,
            removed: false,
          },
        ],
      }),
      when,
    )
    expect(lines.map((l) => l.text)).toEqual([
      'This computer (computer a1b2) last read the folder 2025-11-28T09:15.',
      'Changes from computer f00d last arrived 2025-11-28T09:15. One of its files has not arrived yet; its later changes wait for it.',
    ])
    expect(lines[1]!.tone).toBe('waiting')
  })

  it('tells files under an earlier passphrase from a folder holding another vault', () => {
    const issue = { name: 'devices/x/batch-2.avsync', since: at, attempts: 1, keyId: 7 }
    const lines = statusLines(
      status({
        header: { kind: 'other-vault' },
        earlierKey: [
          { ...issue, reason: 'unknown-key' },
          { ...issue, reason: 'unknown-key', name: 'b' },
        ],
      }),
      when,
    )
    expect(lines[0]).toMatchObject({ tone: 'problem' })
    expect(lines[0]!.text).toContain('belongs to another Afterview')
    expect(lines.at(-1)).toMatchObject({ tone: 'plain' })
    expect(lines.at(-1)!.text).toMatch(/^2 files in the folder were locked with an earlier/)
  })

  it('puts a missing folder, files waiting and failed, and a delete conflict into words', () => {
    const issue = { name: 'devices/x/batch-2.avsync', since: at, attempts: 3 }
    const lines = statusLines(
      status({
        folder: { problem: 'folder-missing', since: at },
        waiting: [
          { ...issue, reason: 'incomplete' },
          { ...issue, reason: 'incomplete', name: 'b' },
        ],
        failed: [{ ...issue, reason: 'misplaced' }],
        attachmentsWaiting: ['0'.repeat(32), '1'.repeat(32)],
        onlineOnly: 3,
        conflicts: [
          {
            table: 'opportunities',
            id: 'c0ffee',
            deletedBy: desk,
            value: { company: 'Ørsted Vind A/S' },
          },
        ],
      }),
      when,
    ).map((l) => l.text)
    expect(lines[0]).toMatch(/^Since 2025-11-28T09:15: The sync folder cannot be found\. /)
    expect(lines).toContain(
      '2 files are still being copied into the folder by your sync service. Afterview reads them again each time it syncs, so there is nothing you need to do.',
    )
    expect(lines).toContain(
      '2 attached files are still on their way to this computer. Each opens here as soon as your sync service has brought it; Afterview looks for them each time it syncs.',
    )
    expect(lines).toContain(
      '3 files in the folder are kept only online by iCloud Drive, so this computer cannot read them yet. In Finder, Control-click the sync folder and choose Download Now, or turn off Optimise Mac Storage in iCloud’s settings; Afterview reads them the next time it syncs.',
    )
    expect(lines).toContain(
      'One file from the folder was moved or renamed in the folder, so Afterview did not trust it.',
    )
    expect(lines).toContain(
      'The application to Ørsted Vind A/S was deleted on computer f00d while it was changed on another. Afterview kept it with every change; delete it again if you meant to.',
    )
  })

  it('says when Afterview tries again in words a user knows: each time it syncs', () => {
    const issue = { name: 'devices/f00d/batch-3.avsync', since: at, attempts: 1 }
    const lines = statusLines(
      status({
        waiting: [{ ...issue, reason: 'incomplete' }],
        attachmentsWaiting: ['0'.repeat(32)],
        unsaved: [{ table: 'opportunities', id: 'c0ffee', kind: 'unknown' }],
      }),
      when,
    ).map((l) => l.text)
    expect(lines).toContain(
      'One file is still being copied into the folder by your sync service. Afterview reads it again each time it syncs, so there is nothing you need to do.',
    )
    expect(lines).toContain(
      'One attached file is still on its way to this computer. It opens here as soon as your sync service has brought it; Afterview looks for it each time it syncs.',
    )
    expect(lines.at(-1)).toMatch(
      /^A change from another computer could not be saved here yet: .+ Afterview tries again the next time it syncs\.$/,
    )
    expect(lines.filter((line) => /\bpass(es)?\b/.test(line))).toEqual([])
  })

  it('says who was removed, that this computer was, and for whom old files are kept', () => {
    const laptop = 'beefcafebeefcafebeefcafebeefcafe'
    expect(removedText({ ...status({}), removedBy: desk })).toBe(
      'This computer was removed from sync on computer f00d, so it no longer reads or writes the folder. Everything you keep here stays here; changes made here since then do not reach your other computers until it joins again.',
    )
    const lines = statusLines(
      status({
        devices: [heard(desk, { removed: true }), heard(laptop, { lastSeq: 2 })],
        filesKeptFor: [laptop],
      }),
      when,
    ).map((l) => l.text)
    expect(lines).toEqual([
      'This computer (computer a1b2) last read the folder 2025-11-28T09:15.',
      'Afterview no longer reads new files from computer f00d: it was removed from sync.',
      'Changes from computer beef last arrived 2025-11-28T09:15.',
      'This computer’s older files stay in the folder until computer beef has read them. If you no longer use it, remove it below.',
    ])
  })

  it('lists a computer that joined again once, under its new id and its name', () => {
    const returned = 'beefcafebeefcafebeefcafebeefcafe'
    const lines = statusLines(
      status({
        devices: [
          heard(desk, { name: 'Bureau de Zoë – Malmö', removed: true, joinedAgainAs: returned }),
          heard(returned, { name: 'Bureau de Zoë – Malmö', lastSeq: 2 }),
        ],
      }),
      when,
    ).map((l) => l.text)
    expect(lines).toEqual([
      'This computer (computer a1b2) last read the folder 2025-11-28T09:15.',
      'Changes from “Bureau de Zoë – Malmö” last arrived 2025-11-28T09:15.',
    ])
  })

  it('says before joining again that the records stay and how the others will list it', () => {
    expect(joinAgainText('Bureau de Zoë – Malmö')).toContain(
      'Every record on this computer stays here',
    )
    expect(joinAgainText('Bureau de Zoë – Malmö')).toContain(
      'as a new computer, still called “Bureau de Zoë – Malmö”.',
    )
    expect(joinAgainText(null)).toContain('named by the start of its new id')
  })

  it('names computers by the names they were given, and by their id before they have one', () => {
    const laptop = 'beefcafebeefcafebeefcafebeefcafe'
    const lines = statusLines(
      status({
        name: 'Siobhán’s desktop',
        devices: [heard(desk, { name: 'Zoë’s laptop' }), heard(laptop, { lastSeq: 2 })],
        filesKeptFor: [desk],
      }),
      when,
    ).map((l) => l.text)
    expect(lines).toEqual([
      'This computer (“Siobhán’s desktop”) last read the folder 2025-11-28T09:15.',
      'Changes from “Zoë’s laptop” last arrived 2025-11-28T09:15.',
      'Changes from computer beef last arrived 2025-11-28T09:15.',
      'This computer’s older files stay in the folder until “Zoë’s laptop” has read them. If you no longer use it, remove it below.',
    ])
  })
})
