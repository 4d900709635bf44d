/**
 * A key slot damaged on disk is told apart from a wrong secret: a flipped byte in any part of
 * either slot is reported as a damaged slot, never as "wrong passphrase", and the other slot
 * still opens the vault.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { fromBase64, toBase64 } from '@shared/vault/bytes'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { Vault } from './vault'
import { HEADER_KEY } from './vaultState'
import { kindOfAsync } from '../../tests/support/vaultKit'

const PASSPHRASE = 'Straße nach Åre, 3 Zimmer'
const NEW_PASSPHRASE = 'a brand new passphrase for Renée'

let sodium: Sodium
let db: VaultDb
let vault: Vault
let code: string
let stored: string

beforeAll(async () => {
  sodium = await loadSodium()
})

beforeEach(async () => {
  db = new VaultDb(`slots-${Math.random().toString(36).slice(2)}`)
  vault = new Vault({ db, sodium, kdf: inlineKdf(sodium), testOnlyWeakKdf: true })
  code = await vault.create(PASSPHRASE)
  await vault.records.put('journal', 'orsted-1', { company: 'Ørsted A/S' })
  vault.lock()
  stored = (await db.meta.get(HEADER_KEY))!.value
})

type Json = Record<string, unknown>

/** Stores the header with one byte of the base64 field at `path` flipped. */
async function flip(path: (string | number)[]): Promise<void> {
  const header = JSON.parse(stored) as Json
  let parent: Json = header
  for (const step of path.slice(0, -1)) parent = parent[step] as Json
  const field = path.at(-1)!
  const bytes = fromBase64(parent[field] as string)
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01
  parent[field] = toBase64(bytes)
  await db.meta.put({ key: HEADER_KEY, value: JSON.stringify(header) })
}

const passphraseParts = [
  ['slots', 0, 'nonce'],
  ['slots', 0, 'wrappedKey'],
  ['slots', 0, 'kdf', 'salt'],
]
const recoveryParts = [
  ['recovery', 'publicKey'],
  ['recovery', 'sealed'],
  ['recovery', 'kdf', 'salt'],
]

describe('a damaged passphrase slot', () => {
  it.each(passphraseParts)(
    '(%s %s %s) is reported as damaged; the recovery code opens',
    async (...path) => {
      await flip(path)
      expect(await kindOfAsync(() => vault.unlock(PASSPHRASE))).toBe('damaged-passphrase-slot')
      expect(await kindOfAsync(() => vault.unlock('a wrong passphrase'))).toBe(
        'damaged-passphrase-slot',
      )
      await vault.resetWithRecoveryCode(code, NEW_PASSPHRASE)
      expect(await vault.records.get('journal', 'orsted-1')).toEqual({ company: 'Ørsted A/S' })
      vault.lock()
      await vault.unlock(NEW_PASSPHRASE)
    },
  )
})

describe('a damaged recovery slot', () => {
  it.each(recoveryParts)(
    '(%s %s %s) is reported as damaged; the passphrase opens',
    async (...path) => {
      await flip(path)
      expect(await kindOfAsync(() => vault.resetWithRecoveryCode(code, NEW_PASSPHRASE))).toBe(
        'damaged-recovery-slot',
      )
      await vault.unlock(PASSPHRASE)
      expect(await vault.records.get('journal', 'orsted-1')).toEqual({ company: 'Ørsted A/S' })
    },
  )
})

describe('slot checksums', () => {
  it('leave a wrong secret reported as wrong when the slots are whole', async () => {
    expect(await kindOfAsync(() => vault.unlock('a wrong passphrase'))).toBe('wrong-passphrase')
    const wrongCode = code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
    expect(await kindOfAsync(() => vault.resetWithRecoveryCode(wrongCode, NEW_PASSPHRASE))).toBe(
      'wrong-recovery-code',
    )
  })

  it('never block a good slot when the checksum itself is damaged', async () => {
    await flip(['checks', 'passphrase'])
    await vault.unlock(PASSPHRASE)
    expect(await vault.records.get('journal', 'orsted-1')).toEqual({ company: 'Ørsted A/S' })
  })

  it('are written again by a change of passphrase', async () => {
    await vault.unlock(PASSPHRASE)
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()
    stored = (await db.meta.get(HEADER_KEY))!.value
    await flip(['slots', 0, 'wrappedKey'])
    expect(await kindOfAsync(() => vault.unlock(NEW_PASSPHRASE))).toBe('damaged-passphrase-slot')
  })
})
