/** The shell channel: a page in the user's browser or a draft in their mail client. */
import * as v from 'valibot'
import { MAX_EXTERNAL_URL_LENGTH } from './urls'
import type { RequestSchemas } from './part'

/** Response types of the shell channel. */
export interface ShellResponses {
  'shell/open-external': null
}

/** Request schemas of the shell channel, spread into the IPC contract. */
export const shellRequestSchemas = {
  /**
   * Opens an https: page in the user's browser or a mailto: draft in their mail client. Main
   * checks the URL again with `parseExternalUrl` and refuses anything else with 'refused-url'.
   */
  'shell/open-external': v.strictObject({
    url: v.pipe(v.string(), v.maxLength(MAX_EXTERNAL_URL_LENGTH)),
  }),
} as const satisfies RequestSchemas<ShellResponses>
