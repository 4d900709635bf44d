/**
 * Main's notification services over test ports, for the scheduler's unit tests: builds them, waits
 * until they have read their files, and afterwards waits for the last save before deleting the
 * temp folders.
 */
import { createNotifyServices, type NotifyServices } from '../../src-main/reminders/services'
import { createTestPorts, type TestPorts } from './testPorts'

/** One running set of services and the ports under it. */
export interface NotifyUnderTest {
  t: TestPorts
  notify: NotifyServices
}

/** A factory of services for one test file; call `cleanUp` in afterEach. */
export function notifyHarness(defaultNow: number): {
  setUp(now?: number, dataDir?: string): Promise<NotifyUnderTest>
  cleanUp(): Promise<void>
} {
  let running: NotifyUnderTest[] = []
  return {
    async setUp(now = defaultNow, dataDir) {
      const t = await createTestPorts({ now, ...(dataDir ? { dataDir } : {}) })
      const notify = createNotifyServices(t.ports)
      running.push({ t, notify })
      await notify.ready
      return { t, notify }
    },
    async cleanUp() {
      await Promise.all(running.map((r) => r.notify.scheduler.idle()))
      await Promise.all(running.map((r) => r.t.dispose()))
      running = []
    },
  }
}
