import { afterEach, describe, expect, it } from 'vitest'
import { channels } from '@shared/ipc/contract'
import { buildHandlers, type HandlerTable } from './handlers'
import { registerIpc, type InvokeEventLike, type IpcMainLike } from './register'
import { APP_ORIGIN } from './sender'
import { portsToDispose } from '../../tests/support/testPorts'

const testPorts = portsToDispose()
const createTestPorts = () => testPorts.create()
afterEach(() => testPorts.disposeAll())

type Listener = (event: InvokeEventLike, payload: unknown) => Promise<unknown>

/** Records what the wiring registers, like Electron's ipcMain, and lets a test invoke it. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>()
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`)
    this.listeners.set(channel, listener)
  }
  invoke(channel: string, event: InvokeEventLike, payload: unknown): Promise<unknown> {
    const listener = this.listeners.get(channel)
    if (!listener) throw new Error(`No handler registered for '${channel}'`)
    return listener(event, payload)
  }
}

/** An event from the top-level frame of a page at `url`. */
function fromMainFrame(url: string): InvokeEventLike {
  const mainFrame = { url }
  return { senderFrame: mainFrame, sender: { mainFrame } }
}

/** An event from an iframe at `url` inside the app's page. */
function fromSubframe(url: string): InvokeEventLike {
  return { senderFrame: { url }, sender: { mainFrame: { url: `${APP_ORIGIN}/index.html` } } }
}

async function setUp(patch: (t: HandlerTable) => void = () => {}) {
  const ports = await createTestPorts()
  const table = buildHandlers(ports.ports)
  patch(table)
  const ipcMain = new FakeIpcMain()
  const reported: string[] = []
  registerIpc(ipcMain, table, { onInternalError: (channel) => reported.push(channel) })
  return { ipcMain, reported, ports }
}

const untrusted = { ok: false, error: { kind: 'untrusted-sender', message: expect.any(String) } }

describe('registerIpc', () => {
  it('registers exactly the channels of the contract, once each', async () => {
    const { ipcMain } = await setUp()
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...channels].sort())
  })

  it('answers the app’s own top-level page', async () => {
    const { ipcMain } = await setUp()
    const answer = await ipcMain.invoke('app/about', fromMainFrame(`${APP_ORIGIN}/index.html`), {})
    expect(answer).toMatchObject({ ok: true, value: { appName: 'Afterview' } })
  })

  it.each(channels)('refuses %s from a subframe, even one on the app’s origin', async (channel) => {
    const { ipcMain, ports } = await setUp()
    for (const url of [`${APP_ORIGIN}/index.html`, 'https://evil.example/', 'about:blank']) {
      expect(await ipcMain.invoke(channel, fromSubframe(url), {})).toEqual(untrusted)
    }
    expect(ports.opened).toEqual([])
  })

  it.each(channels)('refuses %s from a top-level page of another origin', async (channel) => {
    const { ipcMain, ports } = await setUp()
    for (const url of [
      'https://evil.example/',
      'file:///tmp/evil.html',
      'app://elsewhere/index.html',
      'http://localhost:5173/',
    ]) {
      const payload = { url: 'https://example.com/' }
      expect(await ipcMain.invoke(channel, fromMainFrame(url), payload)).toEqual(untrusted)
    }
    expect(ports.opened).toEqual([])
  })

  it('refuses a call whose frame is gone, or whose frame cannot be read', async () => {
    const { ipcMain } = await setUp()
    const gone: InvokeEventLike = { senderFrame: null, sender: { mainFrame: null } }
    expect(await ipcMain.invoke('app/about', gone, {})).toEqual(untrusted)
    const destroyed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
      sender: { mainFrame: null },
    }
    expect(await ipcMain.invoke('app/about', destroyed, {})).toEqual(untrusted)
  })

  it('keeps running after a handler crashes, and reports it', async () => {
    let calls = 0
    const { ipcMain, reported } = await setUp((t) => {
      const real = t['app/about']
      t['app/about'] = async (request) => {
        calls += 1
        if (calls === 1) throw new TypeError('boom')
        return real(request)
      }
    })
    const event = fromMainFrame(`${APP_ORIGIN}/`)
    expect(await ipcMain.invoke('app/about', event, {})).toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    })
    expect(reported).toEqual(['app/about'])
    expect(await ipcMain.invoke('app/about', event, {})).toMatchObject({ ok: true })
  })

  it('still answers when the error logger itself throws', async () => {
    const ports = await createTestPorts()
    const table = buildHandlers(ports.ports)
    table['app/about'] = async () => {
      throw new Error('boom')
    }
    const ipcMain = new FakeIpcMain()
    registerIpc(ipcMain, table, {
      onInternalError: () => {
        throw new Error('logger down')
      },
    })
    const answer = await ipcMain.invoke('app/about', fromMainFrame(`${APP_ORIGIN}/`), {})
    expect(answer).toMatchObject({ ok: false, error: { kind: 'internal' } })
  })

  it('trusts the dev server only when the wiring names it', async () => {
    const ports = await createTestPorts()
    const ipcMain = new FakeIpcMain()
    registerIpc(ipcMain, buildHandlers(ports.ports), { devServerUrl: 'http://localhost:5173' })
    const answer = await ipcMain.invoke('app/about', fromMainFrame('http://localhost:5173/'), {})
    expect(answer).toMatchObject({ ok: true })
  })
})
