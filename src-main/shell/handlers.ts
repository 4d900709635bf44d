/**
 * The shell channel: opens a link through the one link opener (links.ts), which checks the URL,
 * wants a recent user gesture and limits how many open in a short while.
 */
import type { shellRequestSchemas } from '@shared/ipc/shell'
import type { HandlersOf } from '../ipc/handlers'
import type { LinkOpener } from './links'

/** The handler of the shell channel. */
export function shellHandlers(links: LinkOpener): HandlersOf<typeof shellRequestSchemas> {
  return {
    'shell/open-external': async ({ url }) => {
      await links.open(url)
      return null
    },
  }
}
