/**
 * Main's real handler table behind `window.afterview`, for the renderer's component tests: real
 * encryption into a temp data folder, with scripted open and save dialogs. Calls go through the
 * shared bridge factory and a JSON round-trip, as they would over IPC.
 */
import { createHostBridge } from '@shared/ipc/bridge'
import { buildHandlers } from '../../src-main/ipc/handlers'
import { dispatch } from '../../src-main/ipc/dispatch'
import type { Ports } from '../../src-main/ports'
import { createTestPorts, type TestPorts } from './testPorts'

/**
 * Installs main's handlers as `window.afterview`; `dispose` removes it and the temp folders.
 * `calls` lists the channels called, in order; `idle` waits until main has answered them all.
 */
export async function installRealHost(
  overrides: Partial<Omit<Ports, 'dataDir'>> = {},
): Promise<TestPorts & { calls: string[]; idle(): Promise<void> }> {
  const ports = await createTestPorts({ overrides })
  const table = buildHandlers(ports.ports)
  const calls: string[] = []
  let inFlight = 0
  window.afterview = createHostBridge({
    async invoke(channel, payload) {
      calls.push(channel)
      inFlight++
      try {
        const answer = await dispatch(table, channel, JSON.parse(JSON.stringify(payload)))
        return JSON.parse(JSON.stringify(answer))
      } finally {
        inFlight--
      }
    },
    subscribe: () => () => {},
  })
  const removeFolders = ports.dispose
  ports.dispose = async () => {
    delete window.afterview
    await removeFolders()
  }
  /** Resolves once no call is in flight and none started while the page caught up. */
  async function idle(): Promise<void> {
    for (let quiet = 0; quiet < 3;) {
      await new Promise((done) => setTimeout(done, 0))
      quiet = inFlight === 0 ? quiet + 1 : 0
    }
  }
  return Object.assign(ports, { calls, idle })
}
