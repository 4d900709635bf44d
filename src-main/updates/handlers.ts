/**
 * Handlers of the update channels. Turning checking on or off and restarting to install happen
 * only on a click or a key; checks and installs are rate-limited, so a page script looping cannot
 * make main call the update address or quit over and over.
 */
import { HostError } from '@shared/ipc/errors'
import type { updateRequestSchemas } from '@shared/ipc/updates'
import type { HandlersOf } from '../ipc/handlers'
import type { Ports } from '../ports'
import { RATE_LIMITS, rateLimiter } from '../security/rateLimit'
import type { UpdateService } from './service'

/** The handlers of the update channels, over ports and the running service. */
export function updateHandlers(
  ports: Pick<Ports, 'clock' | 'gestures'>,
  updates: UpdateService,
): HandlersOf<typeof updateRequestSchemas> {
  const checks = rateLimiter(ports.clock, RATE_LIMITS.updateChecks)
  const installs = rateLimiter(ports.clock, RATE_LIMITS.updateInstalls)
  const requireGesture = (what: string) => {
    if (!ports.gestures.recent()) {
      throw new HostError('no-user-gesture', `${what} only on a click or a key`)
    }
  }
  return {
    'updates/get-state': async () => {
      await updates.ready
      return updates.state()
    },
    'updates/set-allowed': async ({ allowed }) => {
      await updates.ready
      if (allowed !== updates.state().allowed) requireGesture('update checks change')
      return updates.setAllowed(allowed)
    },
    'updates/check': async () => {
      await updates.ready
      if (!checks.tryTake()) throw new HostError('rate-limited', 'update checks asked too often')
      return updates.check()
    },
    'updates/install': async () => {
      await updates.ready
      requireGesture('an update installs')
      if (!updates.canInstall()) throw new HostError('not-found', 'no downloaded update to install')
      if (!installs.tryTake()) throw new HostError('rate-limited', 'restart asked too often')
      updates.install()
      return null
    },
  }
}
