/**
 * The shell channel: opens only what `parseExternalUrl` admits, through the shell port, and no
 * more than a few links in a short while (a compromised renderer could otherwise open dozens).
 */
import { HostError } from '@shared/ipc/errors'
import type { shellRequestSchemas } from '@shared/ipc/shell'
import { parseExternalUrl } from '@shared/ipc/urls'
import type { HandlersOf } from '../ipc/handlers'
import type { Ports } from '../ports'
import { RATE_LIMITS, rateLimiter } from '../security/rateLimit'

/** The handler of the shell channel. */
export function shellHandlers(
  ports: Pick<Ports, 'shell' | 'clock'>,
): HandlersOf<typeof shellRequestSchemas> {
  const links = rateLimiter(ports.clock, RATE_LIMITS.externalLinks)
  return {
    'shell/open-external': async ({ url }) => {
      const checked = parseExternalUrl(url)
      if (checked === null) {
        throw new HostError('refused-url', 'Only https: pages and mailto: drafts can be opened')
      }
      if (!links.tryTake()) throw new HostError('rate-limited', 'too many links opened at once')
      await ports.shell.openExternal(checked)
      return null
    },
  }
}
