/**
 * The one way a link leaves the app for the OS, shared by the `shell/open-external` channel and
 * the window-open guard (a link the page tried to open in a new window): the URL check, then a
 * recent user gesture, then the rate limit, then the shell. Neither path can go round the others.
 */
import { HostError } from '@shared/ipc/errors'
import { parseExternalUrl } from '@shared/ipc/urls'
import type { Ports } from '../ports'
import { RATE_LIMITS, rateLimiter } from '../security/rateLimit'

/** Opens checked links, a few at a time, right after the user acted. */
export interface LinkOpener {
  /** Opens `url`. Errors: refused-url, no-user-gesture, rate-limited. */
  open(url: string): Promise<void>
}

/** The link opener over `ports`; build one per app and share it. */
export function linkOpener(ports: Pick<Ports, 'shell' | 'clock' | 'gestures'>): LinkOpener {
  const links = rateLimiter(ports.clock, RATE_LIMITS.externalLinks)
  return {
    async open(url) {
      const checked = parseExternalUrl(url)
      if (checked === null) {
        throw new HostError('refused-url', 'Only https: pages and mailto: drafts can be opened')
      }
      // Before the limit, so refused attempts do not use up a person's allowance.
      if (!ports.gestures.recent()) {
        throw new HostError('no-user-gesture', 'a link opens only right after a click or a key')
      }
      if (!links.tryTake()) throw new HostError('rate-limited', 'too many links opened at once')
      await ports.shell.openExternal(checked)
    },
  }
}
