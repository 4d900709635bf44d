import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from './sodium'
import {
  createVaultKeys,
  inlineDerive,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
} from './vaultKeys'
import { decodeVaultHeader, encodeVaultHeader } from './vaultHeader'
import { calibrateKdf, checkKdfForCreate, KDF_CAP, KDF_FLOOR, TEST_ONLY_KDF } from './kdf'
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode'
import { kindOfAsync, expectKind, weakKdf } from '../../tests/support/vaultKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

describe('vault keys', () => {
  it('unlocks with the passphrase and with the recovery code to the same data key', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, 'correct horse battery', derive, weakKdf)
    const header = decodeVaultHeader(encodeVaultHeader(created.header))
    const viaPassphrase = await unlockWithPassphrase(
      sodium,
      header,
      'correct horse battery',
      derive,
    )
    const viaCode = await unlockWithRecoveryCode(sodium, header, created.recoveryCode, derive)
    expect(viaPassphrase).toEqual(created.dataKey)
    expect(viaCode).toEqual(created.dataKey)
  })

  it('accepts the recovery code typed in lower case, with spaces and misread letters', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, 'pw', derive, weakKdf)
    const sloppy = created.recoveryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')
    const key = await unlockWithRecoveryCode(sodium, created.header, sloppy, derive)
    expect(key).toEqual(created.dataKey)
  })

  it('reports a wrong passphrase and a wrong recovery code as their own kinds', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, 'right', derive, weakKdf)
    expect(
      await kindOfAsync(() => unlockWithPassphrase(sodium, created.header, 'wrong', derive)),
    ).toBe('wrong-passphrase')
    const otherCode = generateRecoveryCode(sodium)
    expect(
      await kindOfAsync(() => unlockWithRecoveryCode(sodium, created.header, otherCode, derive)),
    ).toBe('wrong-recovery-code')
    expect(
      await kindOfAsync(() => unlockWithRecoveryCode(sodium, created.header, 'not a code', derive)),
    ).toBe('invalid-recovery-code')
  })

  it('refuses to create slots below the production floor unless a test asks explicitly', async () => {
    const derive = inlineDerive(sodium)
    expect(
      await kindOfAsync(() => createVaultKeys(sodium, 'pw', derive, { cost: TEST_ONLY_KDF })),
    ).toBe('kdf-too-weak')
    expectKind(
      () => checkKdfForCreate({ opsLimit: 2, memLimitBytes: KDF_FLOOR.memLimitBytes }),
      'kdf-too-weak',
    )
    expect(() => checkKdfForCreate(KDF_FLOOR)).not.toThrow()
  })

  it('refuses headers that ask for more than 1 GiB or 10 passes', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, 'pw', derive, weakKdf)
    const json = JSON.parse(encodeVaultHeader(created.header))
    json.slots[0].kdf.opsLimit = KDF_CAP.opsLimit + 1
    expectKind(() => decodeVaultHeader(JSON.stringify(json)), 'kdf-too-costly')
    json.slots[0].kdf.opsLimit = 3
    json.slots[0].kdf.memLimitBytes = KDF_CAP.memLimitBytes * 2
    expectKind(() => decodeVaultHeader(JSON.stringify(json)), 'kdf-too-costly')
  })

  it('tells damaged and future headers apart', () => {
    expectKind(() => decodeVaultHeader('{'), 'corrupt-header')
    expectKind(
      () => decodeVaultHeader('{"format":"afterview-vault","version":3}'),
      'unsupported-version',
    )
    for (const version of [1, 2]) {
      expectKind(
        () => decodeVaultHeader(`{"format":"afterview-vault","version":${version}}`),
        'corrupt-header',
      )
    }
    expectKind(() => decodeVaultHeader('null'), 'corrupt-header')
  })

  it('calibrates at least to the floor and never past the cap', () => {
    let t = 0
    const fast = calibrateKdf(sodium, () => (t += 1))
    expect(fast.opsLimit).toBe(KDF_CAP.opsLimit)
    t = 0
    const slow = calibrateKdf(sodium, () => (t += 5000))
    expect(slow).toEqual(KDF_FLOOR)
  })
})

describe('recovery codes', () => {
  it('are 32 base32 characters in eight groups and normalise to themselves', () => {
    const code = generateRecoveryCode(sodium)
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(normalizeRecoveryCode(code)).toBe(code)
    expect(generateRecoveryCode(sodium)).not.toBe(code)
  })

  it('refuses input of the wrong length or with letters a code never has', () => {
    expectKind(() => normalizeRecoveryCode('ABCD'), 'invalid-recovery-code')
    expectKind(() => normalizeRecoveryCode('U'.repeat(32)), 'invalid-recovery-code')
  })
})
