import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadSodium } from '@shared/vault/sodium'
import { createVaultKeys, inlineDerive } from '@shared/vault/vaultKeys'
import { encodeVaultHeader } from '@shared/vault/vaultHeader'
import { buildHandlers } from '../ipc/handlers'
import { dispatch } from '../ipc/dispatch'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'
import { weakKdf } from '../../tests/support/vaultKit'
import { KEPT_STATE_FILE, keptStateStore } from './keptState'

let header: string
beforeAll(async () => {
  const sodium = await loadSodium()
  const created = await createVaultKeys(sodium, 'passphrase', inlineDerive(sodium), weakKdf)
  header = encodeVaultHeader(created.header)
})

describe('main’s kept vault state', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'afterview-kept-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('keeps the header and the highest generation across restarts, in a 0600 file', async () => {
    const store = keptStateStore(dir)
    expect(await store.read()).toEqual({ header: null, generation: 0 })
    await store.keepHeader(header)
    await Promise.all([store.keepGeneration(7), store.keepGeneration(12), store.keepGeneration(9)])
    const again = keptStateStore(dir)
    expect(await again.read()).toEqual({ header, generation: 12 })
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, KEPT_STATE_FILE))).mode & 0o777).toBe(0o600)
    }
  })

  it('refuses text that is not a vault header, and reads a damaged file as nothing kept', async () => {
    const store = keptStateStore(dir)
    await expect(store.keepHeader('{"format":"something else"}')).rejects.toMatchObject({
      kind: 'invalid-payload',
    })
    await writeFile(join(dir, KEPT_STATE_FILE), '{"format":"afterview-vault-kept","vers')
    expect(await keptStateStore(dir).read()).toEqual({ header: null, generation: 0 })
    const store2 = keptStateStore(dir)
    await store2.keepGeneration(3)
    expect(JSON.parse(await readFile(join(dir, KEPT_STATE_FILE), 'utf8'))).toMatchObject({
      generation: 3,
    })
  })
})

describe('the kept-state channels', () => {
  let env: TestPorts
  let call: (channel: string, payload: unknown) => ReturnType<typeof dispatch>
  beforeEach(async () => {
    env = await createTestPorts({ now: Date.UTC(2026, 11, 5, 9) })
    const table = buildHandlers(env.ports)
    call = (channel, payload) => dispatch(table, channel, payload)
  })
  afterEach(() => env.dispose())

  it('answer what was kept, and never lower the generation', async () => {
    expect(await call('vault/keep-header', { header })).toEqual({ ok: true, value: {} })
    expect(await call('vault/keep-generation', { generation: 40 })).toEqual({ ok: true, value: {} })
    expect(await call('vault/keep-generation', { generation: 2 })).toEqual({ ok: true, value: {} })
    expect(await call('vault/kept-state', {})).toEqual({
      ok: true,
      value: { header, generation: 40 },
    })
    expect(await call('vault/keep-generation', { generation: 0.5 })).toMatchObject({ ok: false })
    expect(await call('vault/keep-header', { header: 'x'.repeat(70_000) })).toMatchObject({
      ok: false,
    })
  })
})
