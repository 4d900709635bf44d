/**
 * Frozen files of format version 1. They were written once (AFTERVIEW_WRITE_FIXTURES=1) and are
 * committed: every later version of Afterview must still open them exactly. Never regenerate
 * them to make a failing test pass; a failure here means old user data would stop opening.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { fromBase64, fromUtf8, toBase64, utf8 } from '@shared/vault/bytes'
import { decodeVaultHeader, encodeVaultHeader, slotOf } from '@shared/vault/vaultHeader'
import {
  createVaultKeys,
  inlineDerive,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
} from '@shared/vault/vaultKeys'
import { deriveVaultKeys, type VaultKeys } from '@shared/vault/subkeys'
import { defaultSettings } from '@shared/domain/settings'
import { defaultChoices } from '@shared/startPlan/record'
import { openRecord, sealRecord } from '@shared/vault/recordEnvelope'
import {
  decryptAttachment,
  encryptAttachment,
  newAttachmentKey,
} from '@shared/vault/attachmentFile'
import { decodeBackup, encodeBackup } from '@shared/vault/backupFile'
import { KDF_FLOOR } from '@shared/vault/kdf'
import { isRecordTable, readRecord, type RecordTable } from '@shared/records/schemas'
import { repoRoot, weakKdf } from '../support/vaultKit'
import { OLD_RECORDS, type OldRecord } from '../support/v1OldRecords'

const dir = resolve(repoRoot, 'tests/fixtures/vault-v1')
const file = (name: string) => join(dir, name)

interface Manifest {
  passphrase: string
  recoveryCode: string
  floorPassphrase: string
  records: { table: string; id: string; envelopeB64: string; value: unknown }[]
  attachment: { keyB64: string; plaintext: string }
}

/** Records in older shapes, sealed under the v1 vault's key (see tests/support/v1OldRecords.ts). */
interface OldRecordsFile {
  note: string
  records: (OldRecord & { envelopeB64: string })[]
}

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

/** Deterministic bytes so the frozen plaintext is easy to recreate by eye. */
function pattern(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff)
}

describe.runIf(process.env['AFTERVIEW_WRITE_FIXTURES'] === '1')('writing the v1 fixtures', () => {
  it('writes them once', async () => {
    if (existsSync(file('manifest.json'))) {
      throw new Error('The v1 fixtures exist and are frozen. Add a new version’s set instead.')
    }
    const derive = inlineDerive(sodium)
    const passphrase = 'fixture passphrase v1'
    const created = await createVaultKeys(sodium, passphrase, derive, weakKdf)
    const keys = deriveVaultKeys(sodium, created.dataKey, created.header.keyId)
    const values = [
      {
        table: 'applications',
        id: 'a7f3c2d19e8b4a60',
        value: { company: 'Globex', stage: 'offer', salary: { minor: 6100000, currency: 'GBP' } },
      },
      {
        table: 'contacts',
        id: '0c1d2e3f40516273',
        value: { name: 'Zoë Ångström', notes: 'Met at the “final” round ✓' },
      },
      { table: 'settings', id: 'vault', value: { autoLockMinutes: 5 } },
    ]
    const records = values.map((r) => ({
      ...r,
      envelopeB64: toBase64(
        // Frozen: these files were written once, with version-1 envelopes (no counter argument).
        sealRecord(
          sodium,
          keys.records,
          keys.keyId,
          r.table,
          r.id,
          utf8(JSON.stringify(r.value)),
          0,
        ),
      ),
    }))
    const attachmentKey = newAttachmentKey(sodium)
    const plaintext = pattern(70_000)
    const attachment = encryptAttachment(sodium, attachmentKey, plaintext)
    const backup = encodeBackup(sodium, keys, slotOf(created.header, 'passphrase'), {
      vaultHeader: encodeVaultHeader(created.header),
      records: records.map((r) => ({
        table: r.table,
        id: r.id,
        ciphertext: fromBase64(r.envelopeB64),
      })),
      attachments: [{ fileId: '5f'.repeat(16), bytes: attachment }],
    })
    const floorPassphrase = 'floor-cost passphrase v1'
    const floor = await createVaultKeys(sodium, floorPassphrase, derive, { cost: KDF_FLOOR })
    const manifest: Manifest = {
      passphrase,
      recoveryCode: created.recoveryCode,
      floorPassphrase,
      records,
      attachment: {
        keyB64: toBase64(attachmentKey),
        plaintext: 'pattern(70000): byte i is (i * 31 + 7) & 0xff',
      },
    }
    writeFileSync(file('vault-header.json'), encodeVaultHeader(created.header))
    writeFileSync(file('floor-vault-header.json'), encodeVaultHeader(floor.header))
    writeFileSync(file('manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    writeFileSync(file('attachment.bin'), attachment)
    writeFileSync(file('backup.afterview-backup'), backup)
  })
})

/** The JSON value inside a frozen record envelope, opened with the frozen vault's keys. */
function opened(keys: VaultKeys, r: { table: string; id: string; envelopeB64: string }): unknown {
  const plain = openRecord(
    sodium,
    keys.records,
    keys.keyId,
    r.table,
    r.id,
    fromBase64(r.envelopeB64),
  )
  return JSON.parse(fromUtf8(plain))
}

const readManifest = () => JSON.parse(readFileSync(file('manifest.json'), 'utf8')) as Manifest

/** The record keys of the frozen v1 vault, unlocked with its passphrase. */
async function v1Keys() {
  const header = decodeVaultHeader(readFileSync(file('vault-header.json'), 'utf8'))
  const dataKey = await unlockWithPassphrase(
    sodium,
    header,
    readManifest().passphrase,
    inlineDerive(sodium),
  )
  return deriveVaultKeys(sodium, dataKey, header.keyId)
}

describe.runIf(process.env['AFTERVIEW_WRITE_FIXTURES'] === '1')(
  'writing the v1 records in old shapes',
  () => {
    it('seals them once under the v1 vault’s key', async () => {
      if (existsSync(file('old-records.json'))) {
        throw new Error('The old-shape records exist and are frozen. Add a new file instead.')
      }
      const keys = await v1Keys()
      const contents: OldRecordsFile = {
        note: 'Records as older versions stored them; see tests/support/v1OldRecords.ts.',
        records: OLD_RECORDS.map((r) => ({
          ...r,
          envelopeB64: toBase64(
            sealRecord(
              sodium,
              keys.records,
              keys.keyId,
              r.table,
              r.id,
              utf8(JSON.stringify(r.value)),
              // Frozen: written once, with version-1 envelopes (no counter argument).
              0,
            ),
          ),
        })),
      }
      writeFileSync(file('old-records.json'), `${JSON.stringify(contents, null, 2)}\n`)
    })
  },
)

describe('format version 1 fixtures', () => {
  const read = readManifest

  it('are committed', () => {
    for (const name of [
      'manifest.json',
      'vault-header.json',
      'floor-vault-header.json',
      'attachment.bin',
      'backup.afterview-backup',
    ]) {
      expect(existsSync(file(name)), name).toBe(true)
    }
  })

  it('open the vault header with the passphrase and the recovery code, and every record', async () => {
    const manifest = read()
    const derive = inlineDerive(sodium)
    const header = decodeVaultHeader(readFileSync(file('vault-header.json'), 'utf8'))
    const dataKey = await unlockWithPassphrase(sodium, header, manifest.passphrase, derive)
    expect(await unlockWithRecoveryCode(sodium, header, manifest.recoveryCode, derive)).toEqual(
      dataKey,
    )
    const keys = deriveVaultKeys(sodium, dataKey, header.keyId)
    for (const r of manifest.records) {
      expect(opened(keys, r)).toEqual(r.value)
    }
  })

  it('open the header made at the production floor (64 MiB, 3 passes)', async () => {
    const header = decodeVaultHeader(readFileSync(file('floor-vault-header.json'), 'utf8'))
    expect(header.slots[0]?.kdf).toMatchObject({ opsLimit: 3, memLimitBytes: 64 * 1024 * 1024 })
    const key = await unlockWithPassphrase(
      sodium,
      header,
      read().floorPassphrase,
      inlineDerive(sodium),
    )
    expect(key).toHaveLength(32)
  })

  it('decrypt the two-chunk attachment file', () => {
    const manifest = read()
    const plain = decryptAttachment(
      sodium,
      fromBase64(manifest.attachment.keyB64),
      new Uint8Array(readFileSync(file('attachment.bin'))),
    )
    expect(plain).toEqual(pattern(70_000))
  })

  it('open the backup with its passphrase, with every record and the attachment inside', async () => {
    const manifest = read()
    const backup = new Uint8Array(readFileSync(file('backup.afterview-backup')))
    const { keys, contents } = await decodeBackup(
      sodium,
      backup,
      manifest.passphrase,
      inlineDerive(sodium),
    )
    expect(contents.vaultHeader).toBe(readFileSync(file('vault-header.json'), 'utf8'))
    expect(contents.records.map((r) => toBase64(r.ciphertext))).toEqual(
      manifest.records.map((r) => r.envelopeB64),
    )
    expect(contents.attachments[0]?.bytes).toEqual(
      new Uint8Array(readFileSync(file('attachment.bin'))),
    )
    const first = manifest.records[0]!
    expect(opened(keys, first)).toEqual(first.value)
  })
})

describe('format version 1 records in the shapes older versions wrote', () => {
  const frozen = () => JSON.parse(readFileSync(file('old-records.json'), 'utf8')) as OldRecordsFile

  it('are committed, one for every table the renderer keeps and two damaged ones', () => {
    const { records } = frozen()
    const tables = new Set(records.map((r) => r.table))
    expect([...tables].every(isRecordTable)).toBe(true)
    expect(tables.size).toBe(9)
    expect(records.filter((r) => r.expected === 'invalid-record')).toHaveLength(2)
  })

  it('decrypt to what was sealed, and read through today’s schemas as expected', async () => {
    const keys = await v1Keys()
    for (const r of frozen().records) {
      const value = opened(keys, r)
      expect(value, r.id).toEqual(r.value)
      if (!isRecordTable(r.table)) throw new Error(`unknown table ${r.table}`)
      expect(readRecord(r.table, value).ok, `${r.table}/${r.id}: ${r.why}`).toBe(
        r.expected === 'opens',
      )
    }
  })

  it('give each field an older version did not write its documented default', () => {
    const { records } = frozen()
    const read = <T extends RecordTable>(table: T, id: string) => {
      const result = readRecord(table, records.find((r) => r.table === table && r.id === id)!.value)
      if (!result.ok) throw new Error(result.problem)
      return result.value
    }
    expect(read('opportunities', 'o1-first')).toMatchObject({ attachments: [], draftEdits: {} })
    expect(read('opportunities', 'o1-first')).not.toHaveProperty('offerReceivedOn')
    expect(read('offers', 'f1-before-letter').offer.letter).toBeNull()
    // Before terms had compensation, the employer pension was a percentage on the offer itself.
    expect(read('offers', 'f1-before-letter').offer).toMatchObject({
      answerBy: null,
      // Saved before the user could pair benefits by hand: the matching alone decides.
      benefitOverrides: [],
      terms: { comp: { pension: { employerPercent: 5, youPayPercent: null }, equity: null } },
    })
    expect(read('offers', 'f1-before-letter').offer).not.toHaveProperty('pensionMatchPercent')
    expect(read('settings', 'settings')).toMatchObject({
      region: 'GB-SCT',
      reapproachMonths: 6,
      detailedNotifications: false,
      quietHours: { start: '21:00', end: '08:00' },
    })
    expect(read('profile', 'me')).toEqual({
      name: 'Alex Morgan',
      email: '',
      phone: '',
      currentJob: null,
    })
    expect(read('plans', 'f1-before-letter')).toEqual({
      offerId: 'f1-before-letter',
      choices: { ...defaultChoices(defaultSettings), breakDays: 7 },
      messages: {},
    })
  })
})
