/** The words of Settings › Updates, from main's update state. */
import type { UpdateState } from '@shared/ipc/contract'

/** What the checkbox's hint says a check sends, before the user turns checking on. */
export function updateCheckHint(state: Pick<UpdateState, 'currentVersion'>): string {
  return (
    `When this is on, Afterview asks its update address for a newer version when it starts, once a day and when you click Check now. ` +
    `Each check sends which version you have (${state.currentVersion}) and your operating system, and like any web request it shows your internet address. ` +
    `Nothing about your job search is sent. A new version downloads in the background and installs only when you choose to restart.`
  )
}

/** The sentence about where updates stand, or null when there is nothing to say yet. */
export function updateStatusText(state: UpdateState): string | null {
  const { status } = state
  switch (status.kind) {
    case 'idle':
      return null
    case 'checking':
      return 'Checking for a new version…'
    case 'up-to-date':
      return `You have the newest version, ${state.currentVersion}.`
    case 'downloading':
      return `Version ${status.version} is available and is downloading.`
    case 'downloaded':
      return `Version ${status.version} is ready. Restart Afterview to install it; your data stays as it is.`
    case 'failed':
      return status.message
  }
}
