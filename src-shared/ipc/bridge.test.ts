import { describe, expect, it } from 'vitest'
import { createHostBridge, type HostTransport } from './bridge'
import { HostError } from './errors'

function transport(answer: unknown, sent: unknown[][] = []): HostTransport {
  return {
    invoke: async (channel, payload) => {
      sent.push([channel, payload])
      return answer
    },
    subscribe: () => () => {},
  }
}

describe('createHostBridge', () => {
  it('returns the value of a successful call', async () => {
    const sent: unknown[][] = []
    const bridge = createHostBridge(transport({ ok: true, value: { appName: 'Afterview' } }, sent))
    await expect(bridge.call('app/about', {})).resolves.toEqual({ appName: 'Afterview' })
    expect(sent).toEqual([['app/about', {}]])
  })

  it('rejects with a HostError carrying the kind main reported', async () => {
    const bridge = createHostBridge(
      transport({ ok: false, error: { kind: 'invalid-payload', message: 'bad' } }),
    )
    const error = await bridge.call('app/about', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HostError)
    expect(error).toMatchObject({ kind: 'invalid-payload', message: 'bad' })
  })

  it('passes on the vault kinds main forwards, such as a damaged attachment', async () => {
    const bridge = createHostBridge(
      transport({ ok: false, error: { kind: 'corrupt-attachment', message: 'chunk 3' } }),
    )
    await expect(bridge.call('app/about', {})).rejects.toMatchObject({ kind: 'corrupt-attachment' })
  })

  it('reports an error of a kind outside the closed list as an internal error', async () => {
    const bridge = createHostBridge(
      transport({ ok: false, error: { kind: 'disk-on-fire', message: 'odd' } }),
    )
    await expect(bridge.call('app/about', {})).rejects.toMatchObject({ kind: 'internal' })
  })

  it('refuses a channel outside the contract before anything is sent', async () => {
    const sent: unknown[][] = []
    const bridge = createHostBridge(transport({ ok: true, value: 1 }, sent))
    const error = await bridge.call('shell/exec' as 'app/about', {}).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'unknown-channel' })
    expect(sent).toEqual([])
  })

  it('reports a malformed answer as an internal error instead of returning it', async () => {
    const bridge = createHostBridge(transport({ weird: true }))
    await expect(bridge.call('app/about', {})).rejects.toMatchObject({ kind: 'internal' })
  })

  it('delivers only the events a listener asked for, until it stops listening', () => {
    let push: (event: string, payload: unknown) => void = () => {}
    const bridge = createHostBridge({
      invoke: async () => ({ ok: true, value: null }),
      subscribe(listener) {
        push = listener
        return () => {
          push = () => {}
        }
      },
    })
    const seen: unknown[] = []
    const stop = bridge.on('vault/lock-requested', (payload) => seen.push(payload))
    push('vault/lock-requested', { reason: 'suspend' })
    push('something/else', { reason: 'x' })
    stop()
    push('vault/lock-requested', { reason: 'menu' })
    expect(seen).toEqual([{ reason: 'suspend' }])
  })

  it('is frozen so page scripts cannot swap its methods', () => {
    const bridge = createHostBridge(transport({ ok: true, value: null }))
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on'])
  })
})
