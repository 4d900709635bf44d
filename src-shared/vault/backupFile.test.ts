import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from './sodium'
import { decodeBackup, encodeBackup, parseBackupHeader } from './backupFile'
import { encodeBackupPayload, decodeBackupPayload, type BackupContents } from './backupPayload'
import { createVaultKeys, inlineDerive, type DeriveKek } from './vaultKeys'
import { encodeVaultHeader, slotOf } from './vaultHeader'
import { deriveVaultKeys, type VaultKeys } from './subkeys'
import { sealRecord } from './recordEnvelope'
import { encryptAttachment, newAttachmentKey } from './attachmentFile'
import { isVaultError } from './errors'
import { utf8 } from './bytes'
import { flipped, kindOf, kindOfAsync, randomBytes, weakKdf } from '../../tests/support/vaultKit'
import { mutationsOf, randomWithMagic } from '../../tests/support/fuzz'

let sodium: Sodium
let derive: DeriveKek
let keys: VaultKeys
let backup: Uint8Array
let contents: BackupContents

beforeAll(async () => {
  sodium = await loadSodium()
  derive = inlineDerive(sodium)
  const created = await createVaultKeys(sodium, 'backup pass', derive, weakKdf)
  keys = deriveVaultKeys(sodium, created.dataKey, created.header.keyId)
  contents = {
    vaultHeader: encodeVaultHeader(created.header),
    records: [
      {
        table: 'offers',
        id: 'r1',
        ciphertext: sealRecord(
          sodium,
          keys.records,
          keys.keyId,
          'offers',
          'r1',
          utf8('{"a":1}'),
          1,
        ),
      },
      {
        table: 'contacts',
        id: 'r2',
        ciphertext: sealRecord(sodium, keys.records, keys.keyId, 'contacts', 'r2', utf8('{}'), 2),
      },
    ],
    attachments: [
      {
        fileId: 'ab'.repeat(16),
        bytes: encryptAttachment(sodium, newAttachmentKey(sodium), utf8('pdf')),
      },
    ],
  }
  backup = encodeBackup(sodium, keys, slotOf(created.header, 'passphrase'), contents)
})

describe('backup files', () => {
  it('round-trip every record and attachment with the passphrase', async () => {
    const opened = await decodeBackup(sodium, backup, 'backup pass', derive)
    expect(opened.contents).toEqual(contents)
    expect(opened.keys.records).toEqual(keys.records)
  })

  it('report each of the five failures as its own kind', async () => {
    const open = (bytes: Uint8Array, pass = 'backup pass') =>
      kindOfAsync(() => decodeBackup(sodium, bytes, pass, derive))
    expect(await open(utf8('%PDF-1.7 definitely not a backup'))).toBe('not-a-backup')
    expect(await open(flipped(backup, 9))).toBe('unsupported-version')
    expect(await open(flipped(backup, 20))).toBe('corrupt-header')
    expect(await open(backup, 'wrong pass')).toBe('wrong-passphrase')
    expect(await open(flipped(backup, backup.length - 3))).toBe('corrupt-payload')
    expect(await open(backup.subarray(0, backup.length - 17))).toBe('corrupt-payload')
  })

  it('gives the right typed error for every flipped byte', async () => {
    const headerEnd = parseBackupHeader(sodium, backup).payload.byteOffset
    for (let i = 0; i < backup.length; i++) {
      const kind = await kindOfAsync(() =>
        decodeBackup(sodium, flipped(backup, i), 'backup pass', derive),
      )
      const expected =
        i < 8
          ? 'not-a-backup'
          : i < 10
            ? 'unsupported-version'
            : i < headerEnd
              ? 'corrupt-header'
              : 'corrupt-payload'
      if (kind !== expected) expect(kind, `byte ${i}`).toBe(expected)
    }
  })

  it('survives 10,000 random and mutated inputs with only typed errors, each well under 5 s', async () => {
    let slowest = 0
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(randomWithMagic(backup.subarray(0, 8)), mutationsOf(backup)),
        async (input) => {
          const started = performance.now()
          try {
            await decodeBackup(sodium, input, 'backup pass', derive)
          } catch (error) {
            if (!isVaultError(error)) throw error
          }
          slowest = Math.max(slowest, performance.now() - started)
        },
      ),
      { numRuns: 10_000 },
    )
    expect(slowest).toBeLessThan(5000)
  })
})

describe('backup payload framing', () => {
  it('refuses damaged framing with corrupt-payload', () => {
    const bytes = encodeBackupPayload({
      ...contents,
      attachments: [{ fileId: 'cd'.repeat(16), bytes: randomBytes(10) }],
    })
    expect(decodeBackupPayload(bytes).attachments[0]?.fileId).toBe('cd'.repeat(16))
    for (let n = 0; n < bytes.length; n++) {
      expect(kindOf(() => decodeBackupPayload(bytes.subarray(0, n)))).toBe('corrupt-payload')
    }
    const bad = encodeBackupPayload({
      ...contents,
      attachments: [{ fileId: '../../etc/passwd', bytes: new Uint8Array() }],
    })
    expect(() => decodeBackupPayload(bad)).toThrowError(
      expect.objectContaining({ kind: 'corrupt-payload' }),
    )
  })
})
