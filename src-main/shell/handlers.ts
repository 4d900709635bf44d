/** The shell channel: opens only what `parseExternalUrl` admits, through the shell port. */
import { HostError } from '@shared/ipc/errors'
import type { shellRequestSchemas } from '@shared/ipc/shell'
import { parseExternalUrl } from '@shared/ipc/urls'
import type { HandlersOf } from '../ipc/handlers'
import type { Ports } from '../ports'

/** The handler of the shell channel. */
export function shellHandlers(ports: Pick<Ports, 'shell'>): HandlersOf<typeof shellRequestSchemas> {
  return {
    'shell/open-external': async ({ url }) => {
      const checked = parseExternalUrl(url)
      if (checked === null) {
        throw new HostError('refused-url', 'Only https: pages and mailto: drafts can be opened')
      }
      await ports.shell.openExternal(checked)
      return null
    },
  }
}
