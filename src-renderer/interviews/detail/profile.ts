/** Opening a person's LinkedIn profile in the user's browser, through main's external-link check. */
import { linkedInProfileUrl } from '@shared/presenters/action'
import { host } from '../../host'

/**
 * Opens the profile `typed` names; returns a sentence for the user when it could not be opened
 * (main refuses anything but an https page), '' when it was.
 */
export async function openProfile(typed: string): Promise<string> {
  const url = linkedInProfileUrl(typed)
  if (!url) return 'This LinkedIn address is not a link: copy it into your browser instead.'
  try {
    await host().call('shell/open-external', { url })
    return ''
  } catch {
    return 'The profile could not be opened: copy the address instead.'
  }
}
