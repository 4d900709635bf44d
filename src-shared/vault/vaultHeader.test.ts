import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from './sodium'
import {
  createVaultKeys,
  inlineDerive,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
} from './vaultKeys'
import { decodeVaultHeader, encodeVaultHeader } from './vaultHeader'
import { finishRotation, resumeRotation, startRotation } from './rotationKeys'
import { recoveryPublicKey } from './recoveryBox'
import { toBase64 } from './bytes'
import { kindOfAsync, weakKdf } from '../../tests/support/vaultKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const PASSPHRASE = 'Łucja’s kitchen table'

describe('the vault header', () => {
  it('reads each slot on its own: a damaged passphrase slot leaves the recovery code working', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, PASSPHRASE, derive, weakKdf)
    const json = JSON.parse(encodeVaultHeader(created.header))
    json.slots[0].wrappedKey = json.slots[0].wrappedKey.slice(4)
    const header = decodeVaultHeader(JSON.stringify(json))
    expect(header.damaged).toEqual(['passphrase'])
    expect(await kindOfAsync(() => unlockWithPassphrase(sodium, header, PASSPHRASE, derive))).toBe(
      'damaged-passphrase-slot',
    )
    expect(await unlockWithRecoveryCode(sodium, header, created.recoveryCode, derive)).toEqual(
      created.dataKey,
    )
  })

  it('reads each slot on its own: a damaged recovery box leaves the passphrase working', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, PASSPHRASE, derive, weakKdf)
    const json = JSON.parse(encodeVaultHeader(created.header))
    json.recovery.sealed = 'not base64 at all!'
    const header = decodeVaultHeader(JSON.stringify(json))
    expect(header.damaged).toEqual(['recovery'])
    expect(await unlockWithPassphrase(sodium, header, PASSPHRASE, derive)).toEqual(created.dataKey)
  })

  it('refuses to seal the next key to a recovery public key swapped on disk', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, PASSPHRASE, derive, weakKdf)
    const json = JSON.parse(encodeVaultHeader(created.header))
    json.recovery.publicKey = toBase64(recoveryPublicKey(sodium, sodium.randombytes_buf(32)))
    const header = decodeVaultHeader(JSON.stringify(json))
    const current = { dataKey: created.dataKey, keyId: header.keyId }
    expect(
      await kindOfAsync(() =>
        startRotation(sodium, header, current, 'next one', 'keep', derive, weakKdf),
      ),
    ).toBe('corrupt-header')
  })

  it('stores a rotation journal that the new passphrase and the recovery code resume', async () => {
    const derive = inlineDerive(sodium)
    const created = await createVaultKeys(sodium, PASSPHRASE, derive, weakKdf)
    const current = { dataKey: created.dataKey, keyId: created.header.keyId }
    const started = await startRotation(
      sodium,
      created.header,
      current,
      'Ōtsuka’s new passphrase',
      'keep',
      derive,
      weakKdf,
    )
    const stored = decodeVaultHeader(encodeVaultHeader(started.header))
    expect(encodeVaultHeader(stored)).toBe(encodeVaultHeader(started.header))
    for (const secret of [
      { passphrase: 'Ōtsuka’s new passphrase' },
      { recoveryCode: created.recoveryCode },
    ]) {
      const resumed = await resumeRotation(sodium, stored, secret, derive)
      expect(resumed.next).toEqual(started.next)
      expect(resumed.previous).toEqual(current)
    }
    expect(
      await kindOfAsync(() => resumeRotation(sodium, stored, { passphrase: PASSPHRASE }, derive)),
    ).toBe('rotation-pending')
    const final = finishRotation(stored)
    expect(final.keyId).toBe(started.next.keyId)
    expect(final.rotation).toBeUndefined()
    expect(await unlockWithRecoveryCode(sodium, final, created.recoveryCode, derive)).toEqual(
      started.next.dataKey,
    )
  })
})
