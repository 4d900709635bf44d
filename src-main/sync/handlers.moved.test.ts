/**
 * "Choose the folder again…": the synced folder moved (a USB drive mounted under another name, a
 * Dropbox folder moved), and the user shows main where it is now. Real temp folders throughout.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { headerCopyText } from '@shared/sync/headerCopy'
import { loadSodium } from '@shared/vault/sodium'
import { TEST_ONLY_KDF } from '@shared/vault/kdf'
import { createVaultKeys, inlineDerive } from '@shared/vault/vaultKeys'
import { decodeVaultHeader, encodeVaultHeader } from '@shared/vault/vaultHeader'
import { buildHandlers } from '../ipc/handlers'
import { snapshot } from '../../tests/support/mainPorts'
import { portsToDispose, type TestPorts } from '../../tests/support/testPorts'
import { tempFolderPerTest } from '../../tests/support/tempFolder'
import { caller, kindOf, valueOf, type Call } from '../../tests/support/wire'
import { SYNC_FOLDER_FILE } from './folderService'

const root = tempFolderPerTest('moved')
const made = portsToDispose()
afterEach(() => made.disposeAll())

const laptop = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const desktop = '0f1e2d3c4b5a69788796a5b4c3d2e1f0'
const sealed = new Uint8Array([65, 86, 83, 89, 1, 2, 3, 250])

/** The header texts of two vaults: this one (`ours`) and another Afterview's (`theirs`). */
let ours: string
let theirs: string
beforeAll(async () => {
  const sodium = await loadSodium()
  const header = async (passphrase: string) =>
    encodeVaultHeader(
      (
        await createVaultKeys(sodium, passphrase, inlineDerive(sodium), {
          cost: TEST_ONLY_KDF,
          testOnlyWeakKdf: true,
        })
      ).header,
    )
  ours = await header('Zoë Ångström’s long passphrase')
  theirs = await header('another person’s passphrase entirely')
})

const keyIdOf = (text: string) => decodeVaultHeader(text).keyId

/** A synced folder at `root()/name`: a header copy, and files of each device in `devices`. */
async function syncedFolder(
  name: string,
  options: { header?: string | null; devices?: string[] } = {},
): Promise<string> {
  const folder = join(root(), name)
  await mkdir(folder, { recursive: true })
  const header = options.header === undefined ? headerCopyText(ours, []) : options.header
  if (header !== null) await writeFile(join(folder, 'vault-header.json'), header)
  for (const device of options.devices ?? [laptop]) {
    await mkdir(join(folder, 'devices', device), { recursive: true })
    await writeFile(join(folder, 'devices', device, 'batch-1.avsync'), sealed)
    await writeFile(join(folder, 'devices', device, 'device.avsync'), sealed)
  }
  return folder
}

/** Main with the laptop's folder chosen at `root()/Afterview sync`. */
async function chosen(): Promise<{ t: TestPorts; call: Call; folder: string }> {
  const t = await made.create()
  const call = caller(buildHandlers(t.ports))
  const folder = await syncedFolder('Afterview sync', { devices: [laptop, desktop] })
  t.dialog.folders.push(folder)
  valueOf(await call('sync/choose-folder'))
  return { t, call, folder }
}

const identity = () => ({ deviceId: laptop, keyIds: [keyIdOf(ours)] })

/** Every entry under `folder` (folders too) and every file's bytes: to show nothing changed. */
async function everything(folder: string) {
  return {
    names: (await readdir(folder, { recursive: true })).sort(),
    files: await snapshot(folder),
  }
}

describe('choosing the synced folder again after it moved', () => {
  it('adopts the moved folder, remembers it across a restart and syncs through it', async () => {
    const { t, call, folder } = await chosen()
    const moved = join(root(), 'USB Drive (E)', 'Afterview sync – Zoë')
    await mkdir(join(root(), 'USB Drive (E)'))
    await rename(folder, moved)
    expect(kindOf(await call('sync/list'))).toBe('folder-missing')

    t.dialog.folders.push(moved)
    expect(valueOf(await call('sync/choose-folder-again', identity()))).toEqual({
      chosen: true,
      label: 'Afterview sync – Zoë',
      outcome: 'same-folder',
      picked: 'Afterview sync – Zoë',
    })
    expect(t.dialog.asked.at(-1)).toEqual({
      kind: 'folder',
      title: 'Find the folder Afterview syncs through',
    })
    const { entries } = valueOf(await call('sync/list')) as { entries: { name: string }[] }
    expect(entries.map((e) => e.name)).toContain(`devices/${laptop}/batch-1.avsync`)
    expect(await readFile(join(t.dataDir, SYNC_FOLDER_FILE), 'utf8')).toContain('USB Drive (E)')

    const restarted = caller(buildHandlers((await made.create({ dataDir: t.dataDir })).ports))
    expect(valueOf(await restarted('sync/folder'))).toEqual({
      chosen: true,
      label: 'Afterview sync – Zoë',
    })
  })

  it('takes a copy written before or after a change of passphrase as this vault’s', async () => {
    const { t, call } = await chosen()
    // Another computer changed the passphrase: its copy lists this computer's key, then its own.
    const newer = await syncedFolder('newer', { header: headerCopyText(theirs, [keyIdOf(ours)]) })
    t.dialog.folders.push(newer)
    expect(valueOf(await call('sync/choose-folder-again', identity()))).toMatchObject({
      outcome: 'same-folder',
      label: 'newer',
    })
    // This computer changed it while the folder was away: it knows the copy's key as an older one.
    const older = await syncedFolder('older', { header: headerCopyText(theirs, []) })
    t.dialog.folders.push(older)
    const keyIds = [keyIdOf(theirs), keyIdOf(ours)]
    expect(
      valueOf(await call('sync/choose-folder-again', { deviceId: laptop, keyIds })),
    ).toMatchObject({ outcome: 'same-folder', label: 'older' })
  })

  // Shapes are made in the test: the headers exist only once beforeAll has run.
  it.each([
    ['another vault’s folder', 'other-vault', () => ({ header: headerCopyText(theirs, []) })],
    ['an empty folder', 'no-header', () => ({ header: null, devices: [] })],
    ['a folder with a damaged header copy', 'no-header', () => ({ header: '{"keyIds":[1,2' })],
    ['a folder without this computer’s files', 'not-this-computer', () => ({ devices: [desktop] })],
  ] as const)(
    'refuses %s, keeps the old choice and writes nothing there',
    async (_, outcome, shape) => {
      const { t, call } = await chosen()
      const wrong = await syncedFolder('Wrong folder', shape())
      const before = await everything(wrong)
      const setting = await readFile(join(t.dataDir, SYNC_FOLDER_FILE), 'utf8')

      t.dialog.folders.push(wrong)
      expect(valueOf(await call('sync/choose-folder-again', identity()))).toEqual({
        chosen: true,
        label: 'Afterview sync',
        outcome,
        picked: 'Wrong folder',
      })
      expect(await everything(wrong)).toEqual(before)
      expect(await readFile(join(t.dataDir, SYNC_FOLDER_FILE), 'utf8')).toBe(setting)
      valueOf(await call('sync/list')) // still the old folder, which is still there
    },
  )

  it('keeps the old choice when the user cancels, and needs a folder chosen first', async () => {
    const { t, call } = await chosen()
    t.dialog.folders.push(null)
    expect(valueOf(await call('sync/choose-folder-again', identity()))).toEqual({
      chosen: true,
      label: 'Afterview sync',
      outcome: 'cancelled',
      picked: null,
    })

    const fresh = await made.create()
    const asked = fresh.dialog.asked.length
    expect(
      kindOf(await caller(buildHandlers(fresh.ports))('sync/choose-folder-again', identity())),
    ).toBe('not-found')
    expect(fresh.dialog.asked.length).toBe(asked)
    expect(t.dialog.folders).toEqual([])
  })

  it('reports a picked folder that cannot be read, and keeps the old choice', async () => {
    const { t, call } = await chosen()
    t.dialog.folders.push(join(root(), 'not there'))
    expect(kindOf(await call('sync/choose-folder-again', identity()))).toBe('folder-missing')
    expect(valueOf(await call('sync/folder'))).toEqual({ chosen: true, label: 'Afterview sync' })
  })

  it('refuses payloads that are not a device id and key ids', async () => {
    const { t, call } = await chosen()
    const keyIds = [keyIdOf(ours)]
    for (const bad of [
      {},
      { deviceId: laptop },
      { deviceId: laptop.toUpperCase(), keyIds },
      { deviceId: '../../etc', keyIds },
      { deviceId: laptop, keyIds: [] },
      { deviceId: laptop, keyIds: [-1] },
      { deviceId: laptop, keyIds: [1.5] },
      { deviceId: laptop, keyIds: Array.from({ length: 65 }, (_, i) => i) },
      { deviceId: laptop, keyIds, path: '/tmp' },
    ]) {
      expect(kindOf(await call('sync/choose-folder-again', bad))).toBe('invalid-payload')
    }
    // Refused before any dialog was shown.
    expect(t.dialog.asked.filter((a) => a.kind === 'folder')).toHaveLength(1)
  })
})
