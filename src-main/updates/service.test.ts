import { afterEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../ipc/dispatch'
import { buildHandlers } from '../ipc/handlers'
import { portsToDispose, type TestPorts } from '../../tests/support/testPorts'
import { UPDATE_PREFERENCE_FILE } from './preference'
import {
  CHECK_FAILED,
  DOWNLOAD_FAILED,
  UPDATE_CHECK_INTERVAL_MS as DAY,
  createUpdateService,
  type UpdateService,
} from './service'

/** Thursday 3 December 2026, 09:30 in London. */
const MORNING = Date.parse('2026-12-03T09:30:00Z')
const testPorts = portsToDispose()
const services: UpdateService[] = []

afterEach(async () => {
  for (const service of services.splice(0)) {
    await service.idle()
    service.stop()
  }
  await testPorts.disposeAll()
})

async function setUp(options: { dataDir?: string; configured?: boolean } = {}) {
  const t = await testPorts.create({ now: MORNING, dataDir: options.dataDir })
  if (options.configured === false) t.updater.configured = false
  return start(t)
}

async function start(t: TestPorts) {
  const updates = createUpdateService(t.ports)
  services.push(updates)
  const table = buildHandlers(t.ports, undefined, undefined, updates)
  await updates.ready
  await updates.idle()
  const call = (channel: Parameters<typeof dispatch>[1], payload: unknown = {}) =>
    dispatch(table, channel, payload)
  /** The user clicks the checkbox: a gesture, then the call. */
  const allow = async (allowed: boolean) => {
    t.userInput()
    const answer = await call('updates/set-allowed', { allowed })
    await updates.idle()
    return answer
  }
  return { t, updates, call, allow }
}

describe('update checks', () => {
  it('are off on a fresh install, and nothing reaches the update address while off', async () => {
    const { t, updates, call } = await setUp()
    expect(updates.state()).toEqual({
      configured: true,
      allowed: false,
      currentVersion: '0.1.0',
      lastCheckedAt: null,
      status: { kind: 'idle' },
    })
    t.advance(3 * DAY)
    await call('updates/check')
    await updates.idle()
    expect(t.updater.checks).toBe(0)
    expect(await call('updates/install')).toMatchObject({ ok: false })
    expect(t.updater).toMatchObject({ downloads: 0, installs: 0 })
  })

  it('turn on only on a click, check at once, and are remembered after a restart', async () => {
    const { t, call, allow } = await setUp()
    expect(await call('updates/set-allowed', { allowed: true })).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'no-user-gesture' }),
    })
    expect(t.updater.checks).toBe(0)
    t.advance(10_000)
    await allow(true)
    expect(t.updater.checks).toBe(1)
    expect(t.events.at(-1)).toEqual({
      event: 'updates/state',
      payload: expect.objectContaining({
        allowed: true,
        lastCheckedAt: MORNING + 10_000,
        status: { kind: 'up-to-date' },
      }),
    })
    const saved = JSON.parse(await readFile(join(t.dataDir, UPDATE_PREFERENCE_FILE), 'utf8'))
    expect(saved).toEqual({ allowed: true, lastCheckedAt: MORNING + 10_000 })

    // A restart on the same data folder checks at start.
    const again = await setUp({ dataDir: t.dataDir })
    expect(again.updates.state()).toMatchObject({ allowed: true, status: { kind: 'up-to-date' } })
    expect(again.t.updater.checks).toBe(1)
  })

  it('check once a day while allowed, and stop when turned off', async () => {
    const { t, updates, allow } = await setUp()
    await allow(true)
    t.advance(DAY - 60_000)
    expect(t.updater.checks).toBe(1)
    t.advance(60_000)
    await updates.idle()
    expect(t.updater.checks).toBe(2)
    t.advance(DAY)
    await updates.idle()
    expect(t.updater.checks).toBe(3)
    await allow(false)
    expect(updates.state().status).toEqual({ kind: 'idle' })
    t.advance(5 * DAY)
    expect(t.updater.checks).toBe(3)
  })

  it('download what a check finds, and install it only on the user’s click', async () => {
    const { t, updates, call, allow } = await setUp()
    t.updater.latest = '0.2.0'
    await allow(true)
    expect(t.updater.downloads).toBe(1)
    expect(updates.state().status).toEqual({ kind: 'downloaded', version: '0.2.0' })
    // A day later nothing is checked again: the downloaded version waits for the restart.
    t.advance(DAY)
    await updates.idle()
    expect(t.updater.checks).toBe(1)

    t.advance(60_000)
    expect(await call('updates/install')).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'no-user-gesture' }),
    })
    expect(t.updater.installs).toBe(0)
    for (let i = 0; i < 3; i++) {
      t.userInput()
      await call('updates/install')
    }
    // Two restarts a minute at most, however often a page asks.
    expect(t.updater.installs).toBe(2)
  })

  it('report a failed check in plain words and try again the next day', async () => {
    const { t, updates, allow } = await setUp()
    t.updater.checkError = new Error('net::ERR_INTERNET_DISCONNECTED')
    await allow(true)
    expect(updates.state()).toMatchObject({
      lastCheckedAt: MORNING,
      status: { kind: 'failed', message: CHECK_FAILED },
    })
    expect(CHECK_FAILED).toMatch(/try again tomorrow/)
    t.updater.checkError = null
    t.updater.latest = '0.2.0'
    t.updater.downloadError = new Error('sha512 checksum mismatch')
    t.advance(DAY)
    await updates.idle()
    expect(updates.state().status).toEqual({ kind: 'failed', message: DOWNLOAD_FAILED })
    t.updater.downloadError = null
    t.advance(DAY)
    await updates.idle()
    expect(t.updater).toMatchObject({ checks: 3, downloads: 2 })
    expect(updates.state().status).toEqual({ kind: 'downloaded', version: '0.2.0' })
    // The log keeps the error's class, never its text.
    expect(t.ports.log.recentErrors().join('\n')).not.toMatch(/checksum|INTERNET/)
  })

  it('download nothing when the user turns checking off while a check is out', async () => {
    const { t, updates, allow } = await setUp()
    t.updater.latest = '0.2.0'
    t.userInput()
    const turnOn = updates.setAllowed(true)
    await turnOn
    await updates.setAllowed(false)
    await updates.idle()
    expect(t.updater).toMatchObject({ checks: 1, downloads: 0 })
    expect(updates.state().status).toEqual({ kind: 'idle' })
    await allow(false)
  })

  it('never check in a copy built without an update address', async () => {
    const { t, updates, call, allow } = await setUp({ configured: false })
    await allow(true)
    await call('updates/check')
    t.advance(2 * DAY)
    await updates.idle()
    expect(t.updater.checks).toBe(0)
    expect(updates.state()).toMatchObject({ configured: false, status: { kind: 'idle' } })
  })

  it('treat a damaged setting file as off', async () => {
    const first = await setUp()
    await writeFile(join(first.t.dataDir, UPDATE_PREFERENCE_FILE), '{"allowed": "yes please"')
    const { t, updates } = await setUp({ dataDir: first.t.dataDir })
    expect(updates.state().allowed).toBe(false)
    expect(t.updater.checks).toBe(0)
  })
})
