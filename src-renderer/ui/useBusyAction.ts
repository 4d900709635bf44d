/**
 * One action behind a button: `busy` while it runs (the button is disabled and a second press is
 * ignored), and the sentence that says why it failed in `error` (cleared when it runs again).
 * Panels whose actions share one busy flag pass it in.
 */
import { ref, type Ref } from 'vue'
import { messageFor } from '../errors/sentences'

export interface BusyAction {
  readonly busy: Ref<boolean>
  /** Why the last run failed, in the user's words; null when it did not. */
  readonly error: Ref<string | null>
  /** Runs `action` unless one is running; answers whether it ran and finished without failing. */
  run(action: () => Promise<void>): Promise<boolean>
}

export interface BusyActionOptions {
  /** Shared with other actions of the panel: one of them running makes every one wait. */
  busy?: Ref<boolean>
  /** The sentence for a failure; the app's sentence for its error kind unless given. */
  describe?: (error: unknown) => string
}

/** A busy flag, an error sentence and the one way to run an action with them. */
export function useBusyAction(options: BusyActionOptions = {}): BusyAction {
  const busy = options.busy ?? ref(false)
  const error = ref<string | null>(null)
  const describe = options.describe ?? messageFor

  async function run(action: () => Promise<void>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    error.value = null
    try {
      await action()
      return true
    } catch (e) {
      error.value = describe(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, error, run }
}
