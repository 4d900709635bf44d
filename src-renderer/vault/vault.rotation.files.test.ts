/**
 * Rotation moves attachments too: every file a record names is encrypted again under a new key
 * into a new file before the record names it, and the old files go once every record is done.
 * Main's real attachment handlers run behind the bridge over a temp data folder (realHost.ts).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HostError } from '@shared/ipc/errors'
import { fromBase64 } from '@shared/vault/bytes'
import { decryptAttachment } from '@shared/vault/attachmentFile'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import type { AttachmentRef } from '@shared/domain/attachment'
import { newOpportunity } from '@shared/domain/factory'
import type { Opportunity } from '@shared/domain/opportunity'
import { readAttachmentBytes } from '../attachments/attachments'
import { VaultDb } from './db'
import type { RotationStep } from './rotation'
import { hostRotationFiles, ROTATION_TRASH_KEY, type RotationFiles } from './rotationFiles'
import { Vault } from './vault'
import { flipped, kindOfAsync } from '../../tests/support/vaultKit'
import { installRealHost } from '../../tests/support/realHost'
import { importedFile, killableVault } from '../../tests/support/rendererVault'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

type Host = Awaited<ReturnType<typeof installRealHost>>
let hosts: Host[] = []
afterEach(async () => {
  for (const host of hosts) await host.dispose()
  hosts = []
})

const OLD = 'Brontë’s winter passphrase'
const NEW = 'Żaneta’s spring passphrase'
const NOW = Date.UTC(2026, 9, 14, 7, 30)

const contract = 'Arbeitsvertrag — Müller & Söhne GmbH, 72 000 EUR im Jahr'
const card = 'Carte de visite : Anaïs Lefèvre-Duval, directrice des ressources humaines'
const advert = 'Produktmanagerin (m/w/d), Hamburg, 68–75 T€, 30 Tage Urlaub'

/** An opportunity at `company` naming `files`. */
function opportunity(id: string, company: string, files: AttachmentRef[]): Opportunity {
  return { ...newOpportunity(() => id, NOW), company, attachments: files }
}

/**
 * A vault over its own database with three files over three applications (the card is named by
 * two of them), made through main's real handlers in a fresh data folder; locked.
 */
async function filledVault() {
  const host = await installRealHost()
  hosts.push(host)
  const name = `rotation-files-${Math.random().toString(36).slice(2)}`
  const vault = vaultOver(name, hostRotationFiles())
  await vault.create(OLD)
  const refs = {
    advert: await importedFile(host, 'Produktmanagerin – Hamburg.pdf', advert),
    card: await importedFile(host, 'Anaïs Lefèvre-Duval.png', card),
    contract: await importedFile(host, 'Arbeitsvertrag Müller & Söhne.pdf', contract),
  }
  await vault.records.put(
    'opportunities',
    'o1',
    opportunity('o1', 'Müller & Söhne GmbH', [refs.advert, refs.card]),
  )
  await vault.records.put('opportunities', 'o2', opportunity('o2', 'Société Générale', []))
  await vault.records.put(
    'opportunities',
    'o3',
    opportunity('o3', 'Nordström Logistik', [refs.card]),
  )
  await vault.records.put(
    'opportunities',
    'o4',
    opportunity('o4', 'Ørsted Offshore A/S', [refs.contract]),
  )
  vault.lock()
  return { name, host, refs }
}

function vaultOver(
  name: string,
  files: RotationFiles,
  options: { stopAt?: number; steps?: RotationStep[] } = {},
) {
  return killableVault(sodium, name, { ...options, files })
}

/** The files each application names now. */
async function named(vault: Vault): Promise<Record<string, AttachmentRef[]>> {
  const all: Record<string, AttachmentRef[]> = {}
  for (const id of ['o1', 'o2', 'o3', 'o4'])
    all[id] = (await vault.records.get('opportunities', id))!.attachments
  return all
}

/** What the file of `ref` holds, read through main with the key the record keeps. */
async function text(ref: AttachmentRef): Promise<string> {
  return new TextDecoder().decode(await readAttachmentBytes(ref))
}

/** Every file in the data folder's attachments folder, by id. */
async function filesOnDisk(host: Host): Promise<Map<string, Uint8Array>> {
  const folder = join(host.dataDir, 'attachments')
  const files = new Map<string, Uint8Array>()
  for (const id of await readdir(folder))
    files.set(id, new Uint8Array(await readFile(join(folder, id))))
  return files
}

/** True when some file on disk opens with one of the old references' keys. */
async function anyOpensWithOldKey(host: Host, old: AttachmentRef[]): Promise<boolean> {
  for (const file of (await filesOnDisk(host)).values())
    for (const ref of old) {
      try {
        decryptAttachment(sodium, fromBase64(ref.keyB64), file)
        return true
      } catch {
        // Not this key.
      }
    }
  return false
}

async function trashRow(name: string) {
  const db = new VaultDb(name)
  try {
    return await db.meta.get(ROTATION_TRASH_KEY)
  } finally {
    db.close()
  }
}

describe('rotation of attachments', () => {
  it('moves every file to a new file under a new key, once per file, and deletes the old ones', async () => {
    const { name, host, refs } = await filledVault()
    const steps: RotationStep[] = []
    const vault = vaultOver(name, hostRotationFiles(), { steps })
    await vault.unlock(OLD)
    await vault.changePassphrase(OLD, NEW)
    const now = await named(vault)
    const [advertRef, cardRef] = now.o1!
    // The card two applications name moved once: both name the same new file.
    expect(now.o3).toEqual([cardRef])
    expect(now.o2).toEqual([])
    expect(cardRef).toMatchObject({ name: 'Anaïs Lefèvre-Duval.png', size: refs.card.size })
    expect(await text(advertRef!)).toBe(advert)
    expect(await text(cardRef!)).toBe(card)
    expect(await text(now.o4![0]!)).toBe(contract)
    const old = Object.values(refs)
    expect([...(await filesOnDisk(host)).keys()].sort()).toEqual(
      [advertRef!.fileId, cardRef!.fileId, now.o4![0]!.fileId].sort(),
    )
    for (const ref of old)
      expect(now.o1!.concat(now.o4!).map((r) => r.fileId)).not.toContain(ref.fileId)
    expect(await anyOpensWithOldKey(host, old)).toBe(false)
    expect(await trashRow(name)).toBeUndefined()
    expect(steps.filter((s) => s.kind === 'file-rekeyed')).toHaveLength(3)
    expect(steps.filter((s) => s.kind === 'file-removed')).toHaveLength(3)
  })

  it('a kill at every step, files included, leaves a vault that opens with every attachment', async () => {
    const steps: RotationStep[] = []
    const probe = await filledVault()
    const counting = vaultOver(probe.name, hostRotationFiles(), { steps })
    await counting.unlock(OLD)
    await counting.changePassphrase(OLD, NEW)
    const total = steps.length
    expect(steps.map((s) => s.kind)).toContain('file-removed')
    const outcomes: string[] = []
    for (let stopAt = 0; stopAt < total; stopAt++) {
      const { name, host, refs } = await filledVault()
      const victim = vaultOver(name, hostRotationFiles(), { stopAt })
      await victim.unlock(OLD)
      await expect(victim.changePassphrase(OLD, NEW)).rejects.toThrow(/killed at/)
      // A restart: a new vault object over the same database and data folder.
      const after = vaultOver(name, hostRotationFiles())
      const withNew = await kindOfAsync(() => after.unlock(NEW)).catch(() => 'opened')
      if (withNew !== 'opened') await after.unlock(OLD)
      outcomes.push(withNew === 'opened' ? 'new' : 'old')
      const now = await named(after)
      const at = `kill at step ${stopAt} (${steps[stopAt]!.kind})`
      expect(
        now.o1!.map((r) => r.name),
        at,
      ).toEqual([refs.advert.name, refs.card.name])
      expect(await text(now.o1![0]!), at).toBe(advert)
      expect(await text(now.o1![1]!), at).toBe(card)
      expect(await text(now.o3![0]!), at).toBe(card)
      expect(await text(now.o4![0]!), at).toBe(contract)
      if (withNew === 'opened') {
        // Unlocking finished the rotation: no old file is left, none opens with an old key.
        expect(await trashRow(name), at).toBeUndefined()
        expect(await anyOpensWithOldKey(host, Object.values(refs)), at).toBe(false)
      }
    }
    expect(outcomes[0]).toBe('old')
    expect(outcomes.slice(1).every((o) => o === 'new')).toBe(true)
  })

  it('keeps the reference of a file that is missing or damaged, and finishes the rotation', async () => {
    const { name, host, refs } = await filledVault()
    const folder = join(host.dataDir, 'attachments')
    await writeFile(
      join(folder, refs.advert.fileId),
      flipped(await readFile(join(folder, refs.advert.fileId)), 60),
    )
    const vault = vaultOver(name, hostRotationFiles())
    await vault.unlock(OLD)
    await rm(join(folder, refs.contract.fileId))
    await vault.changePassphrase(OLD, NEW)
    const now = await named(vault)
    expect(now.o1![0]).toEqual(refs.advert)
    expect(now.o4![0]).toEqual(refs.contract)
    expect(now.o3![0]!.fileId).not.toBe(refs.card.fileId)
    expect(await text(now.o3![0]!)).toBe(card)
  })

  it('stops, keeping every old file, when main cannot write, and finishes at the next unlock', async () => {
    const { name, host, refs } = await filledVault()
    const failing: RotationFiles = {
      ...hostRotationFiles(),
      rekey: async () => {
        throw new HostError('io', 'disk full')
      },
    }
    const vault = vaultOver(name, failing)
    await vault.unlock(OLD)
    await expect(vault.changePassphrase(OLD, NEW)).rejects.toMatchObject({ kind: 'io' })
    const stillThere = await filesOnDisk(host)
    for (const ref of Object.values(refs)) expect(stillThere.has(ref.fileId)).toBe(true)
    const later = vaultOver(name, hostRotationFiles())
    await later.unlock(NEW)
    const letter = (await named(later)).o4![0]!
    expect(letter.fileId).not.toBe(refs.contract.fileId)
    expect(await text(letter)).toBe(contract)
    expect((await filesOnDisk(host)).has(refs.contract.fileId)).toBe(false)
  })

  it('a record saved while its files move keeps the files it names; files made for it alone go', async () => {
    const { name, host, refs } = await filledVault()
    const files = hostRotationFiles()
    let saved = false
    const vault: Vault = vaultOver(name, {
      ...files,
      rekey: async (fileId, keyB64) => {
        const answer = await files.rekey(fileId, keyB64)
        // A save while the contract moves, as a screen holding the old record would make.
        if (fileId === refs.contract.fileId && !saved) {
          saved = true
          const stale = opportunity('o4', 'Ørsted Offshore A/S', [refs.contract])
          await vault.records.put('opportunities', 'o4', { ...stale, notes: 'Rückruf am Montag' })
        }
        return answer
      },
    })
    await vault.unlock(OLD)
    await vault.changePassphrase(OLD, NEW)
    expect(saved).toBe(true)
    const saved4 = (await vault.records.get('opportunities', 'o4'))!
    expect(saved4.notes).toBe('Rückruf am Montag')
    expect(saved4.attachments).toEqual([refs.contract])
    expect(await text(refs.contract)).toBe(contract)
    // Three files named, no stray copy of the contract left behind.
    expect((await filesOnDisk(host)).size).toBe(3)
    expect(await kindOfAsync(() => vaultOver(name, files).unlock(OLD))).toBe('wrong-passphrase')
  })
})
