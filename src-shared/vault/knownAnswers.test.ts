import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from './sodium'
import { sharedTestdata } from '../../tests/support/vaultKit'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

describe('Argon2id known answers (libsodium test/default/pwhash_argon2id)', () => {
  it('derives the published output for the first raw vector', () => {
    const password = sodium.from_hex(
      'a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a5a95' +
        '073acdbeb6a030cfc0d79caa2dc5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe5977' +
        '2ec909733b24de97d6f58d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6',
    )
    const salt = sodium.from_hex('5541fbc995d5c197ba290346d2c559de')
    const out = sodium.crypto_pwhash(
      155,
      password,
      salt,
      5,
      7256678,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    )
    expect(sodium.to_hex(out)).toBe(
      '18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6ca07' +
        'f0939741e57c24d0005c7ea171a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316582033' +
        'c74affe2566a2bea47f91f0fd9fe49ece7e1f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f5679534a070' +
        '0e246a79a49b3f74eb89ec6205fe1eeb941c73b1fcf1',
    )
  })

  it('verifies the published encoded hash and rejects a different password', () => {
    const encoded =
      '$argon2id$v=19$m=4882,t=2,p=1$bA81arsiXysd3WbTRzmEOw$Nm8QBM+7RH1DXo9rvp5cwKEOOOfD2g6JuxlXihoNcpE'
    expect(sodium.crypto_pwhash_str_verify(encoded, '')).toBe(true)
    expect(sodium.crypto_pwhash_str_verify(encoded, 'x')).toBe(false)
  })
})

interface WycheproofTest {
  tcId: number
  key: string
  iv: string
  aad: string
  msg: string
  ct: string
  tag: string
  result: 'valid' | 'invalid' | 'acceptable'
}

interface WycheproofFile {
  numberOfTests: number
  testGroups: { tests: WycheproofTest[] }[]
}

describe('XChaCha20-Poly1305: every Project Wycheproof vector', () => {
  const file = JSON.parse(
    readFileSync(resolve(sharedTestdata, 'wycheproof/xchacha20_poly1305_test.json'), 'utf8'),
  ) as WycheproofFile
  const tests = file.testGroups.flatMap((group) => group.tests)

  it('reads all of the vectors the file declares', () => {
    expect(tests.length).toBe(file.numberOfTests)
    expect(tests.length).toBeGreaterThan(300)
  })

  it.each(tests.map((t) => [t.tcId, t] as const))('vector %i', (_id, t) => {
    const hex = (s: string) => sodium.from_hex(s)
    const sealed = hex(t.ct + t.tag)
    const aad = hex(t.aad)
    const open = () =>
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, aad, hex(t.iv), hex(t.key))
    if (t.result === 'valid') {
      expect(sodium.to_hex(open())).toBe(t.msg)
      const again = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        hex(t.msg),
        aad,
        null,
        hex(t.iv),
        hex(t.key),
      )
      expect(sodium.to_hex(again)).toBe(t.ct + t.tag)
    } else {
      expect(open).toThrow()
    }
  })
})
