/** Waiting on the renderer's reactive state in component tests. */
import { watch } from 'vue'

/**
 * Resolves once `condition`, read from refs or stores, holds. Woken by the change itself, so it
 * has no deadline of its own to miss on a loaded machine: the test's timeout is the only bound.
 */
export async function whenTrue(condition: () => boolean): Promise<void> {
  let stop = (): void => {}
  await new Promise<void>((done) => {
    stop = watch(condition, (holds) => holds && done(), { immediate: true })
  })
  stop()
}
