import { afterEach, describe, expect, it } from 'vitest'
import { HostError } from '@shared/ipc/errors'
import { buildHandlers, type HandlerTable } from './handlers'
import { dispatch } from './dispatch'
import { portsToDispose } from '../../tests/support/testPorts'

const testPorts = portsToDispose()
afterEach(() => testPorts.disposeAll())

async function table(): Promise<HandlerTable> {
  return buildHandlers((await testPorts.create()).ports)
}

describe('dispatch', () => {
  it('answers a valid call with the handler’s value', async () => {
    const answer = await dispatch(await table(), 'app/about', {})
    expect(answer).toMatchObject({ ok: true, value: { appName: 'Afterview', appVersion: '0.1.0' } })
  })

  it('refuses a channel outside the contract without calling anything', async () => {
    const answer = await dispatch(await table(), 'fs/readFile', { path: '/etc/passwd' })
    expect(answer).toEqual({
      ok: false,
      error: { kind: 'unknown-channel', message: 'No such channel: fs/readFile' },
    })
  })

  it('refuses inherited property names as channels', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const answer = await dispatch(await table(), name, {})
      expect(answer).toMatchObject({ ok: false, error: { kind: 'unknown-channel' } })
    }
  })

  it('refuses a payload that fails the channel’s schema and names the field', async () => {
    const answer = await dispatch(await table(), 'app/about', { extra: 1 })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.kind).toBe('invalid-payload')
    expect(answer.error.message).toContain('extra')
  })

  it('refuses a missing payload', async () => {
    const answer = await dispatch(await table(), 'app/about', undefined)
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
  })

  it('passes a typed HostError from a handler through to the caller', async () => {
    const t = await table()
    t['app/about'] = async () => {
      throw new HostError('not-found', 'nothing here')
    }
    const answer = await dispatch(t, 'app/about', {})
    expect(answer).toEqual({ ok: false, error: { kind: 'not-found', message: 'nothing here' } })
  })

  it('turns an unexpected exception into an internal error and reports it, without leaking details', async () => {
    const t = await table()
    t['app/about'] = async () => {
      throw new Error('secret path /home/someone/file')
    }
    const reported: string[] = []
    const answer = await dispatch(t, 'app/about', {}, (channel) => reported.push(channel))
    expect(answer).toEqual({
      ok: false,
      error: { kind: 'internal', message: 'app/about failed unexpectedly' },
    })
    expect(reported).toEqual(['app/about'])
  })
})

describe('dispatch with an unreadable payload', () => {
  it('refuses a payload whose reads throw instead of throwing itself', async () => {
    const t = await table()
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap')
        },
        ownKeys() {
          throw new Error('trap')
        },
      },
    )
    for (const channel of ['app/about', 'shell/open-external'] as const) {
      const answer = await dispatch(t, channel, trap)
      expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    }
  })
})
