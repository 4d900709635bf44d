import { afterEach, describe, expect, it } from 'vitest'
import { loadSodium } from '@shared/vault/sodium'
import { VaultDb } from './db'
import { inlineKdf } from './kdfRunner'
import { Vault } from './vault'
import { resetStartupMarks, startupMarks } from '../perf/marks'

afterEach(() => resetStartupMarks())

describe('startup marks of an unlock', () => {
  it('bracket the key derivation, so a slow unlock can be told from a slow load', async () => {
    const sodium = await loadSodium()
    const vault = new Vault({
      db: new VaultDb(`marks-${Math.random().toString(36).slice(2)}`),
      sodium,
      kdf: inlineKdf(sodium),
      testOnlyWeakKdf: true,
    })
    await vault.create('pw')
    vault.lock()
    resetStartupMarks()
    await vault.unlock('pw')
    expect(startupMarks().map((m) => m.name)).toEqual(['willDeriveKey', 'didDeriveKey'])
  })
})
