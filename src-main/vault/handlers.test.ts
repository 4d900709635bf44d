import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildHandlers } from '../ipc/handlers'
import { dispatch } from '../ipc/dispatch'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'

let env: TestPorts
let call: (channel: string, payload: unknown) => ReturnType<typeof dispatch>

beforeEach(async () => {
  env = await createTestPorts({ now: Date.UTC(2026, 10, 21, 12) })
  const table = buildHandlers(env.ports)
  call = (channel, payload) => dispatch(table, channel, payload)
})
afterEach(() => env.dispose())

describe('backup and recovery-code channels', () => {
  it('suggest a dated name in a documents subfolder and write the bytes atomically', async () => {
    const target = join(env.ports.documentsDir, 'chosen.afterview-backup')
    env.dialog.saves.push(target)
    const saved = await call('backup/save', {
      dataB64: Buffer.from('backup bytes').toString('base64'),
    })
    expect(saved).toEqual({ ok: true, value: { saved: true } })
    expect(env.dialog.asked[0]?.defaultPath).toBe(
      join(
        env.ports.documentsDir,
        'Afterview backups',
        'Afterview backup 2026-11-21.afterview-backup',
      ),
    )
    expect(await readFile(target, 'utf8')).toBe('backup bytes')
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600)
    env.dialog.opens.push(target)
    const opened = await call('backup/open', {})
    expect(opened).toEqual({
      ok: true,
      value: {
        name: 'chosen.afterview-backup',
        dataB64: Buffer.from('backup bytes').toString('base64'),
      },
    })
  })

  it('report cancelled save and open dialogs without writing', async () => {
    expect(await call('backup/save', { dataB64: '' })).toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(await call('backup/open', {})).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    expect(await call('vault/save-recovery-code', { text: 'x' })).toEqual({
      ok: true,
      value: { saved: false },
    })
  })

  it('save the recovery code as a text file where the user picks', async () => {
    const target = join(env.ports.documentsDir, 'code.txt')
    env.dialog.saves.push(target)
    await call('vault/save-recovery-code', { text: 'ABCD-EFGH' })
    expect(await readFile(target, 'utf8')).toBe('ABCD-EFGH')
  })
})

describe('the page locked', () => {
  it('loads the app afresh on the lock screen with the reason, and refuses an unknown one', async () => {
    expect(await call('vault/locked', { reason: 'idle' })).toEqual({ ok: true, value: null })
    expect(await call('vault/locked', { reason: 'lock-screen' })).toEqual({ ok: true, value: null })
    const refused = await call('vault/locked', { reason: 'https://example.com' })
    expect(refused.ok).toBe(false)
    expect(env.reloads).toEqual(['idle', 'lock-screen'])
  })

  it('takes back where the user was, and refuses a place holding anything but ids', async () => {
    const places: unknown[] = []
    env.connectReload((_reason, place) => places.push(place))
    const place = {
      section: 'detail',
      openId: '0f9c2a4e-5d1b-4c3a-9e7f-2b8d6a1c4e5f',
      focus: { within: 'notes-panel', index: 2 },
    }
    expect(await call('vault/locked', { reason: 'menu', place })).toEqual({ ok: true, value: null })
    for (const bad of [
      { section: 'somewhere' },
      { section: 'detail', openId: 'Acme <Priya Shah>' },
      { section: 'settings', focus: { id: 'lock now' } },
      { section: 'settings', focus: { index: -1 } },
      { section: 'settings', extra: 1 },
    ]) {
      expect((await call('vault/locked', { reason: 'menu', place: bad })).ok).toBe(false)
    }
    expect(places).toEqual([place])
    env.connectReload(null)
  })
})
