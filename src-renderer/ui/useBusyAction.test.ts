import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { VaultError } from '@shared/vault/errors'
import { messageFor } from '../errors/sentences'
import { useBusyAction } from './useBusyAction'

/** A promise the test settles by hand, to look at the state while the action runs. */
function gate() {
  let open = (): void => {}
  let fail = (_error: unknown): void => {}
  const done = new Promise<void>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { done, open, fail }
}

describe('a busy action', () => {
  it('is busy while it runs, ignores a second press, and answers that it finished', async () => {
    const action = useBusyAction()
    const first = gate()
    let runs = 0
    const running = action.run(() => {
      runs++
      return first.done
    })
    expect(action.busy.value).toBe(true)
    expect(await action.run(async () => void runs++)).toBe(false)
    first.open()
    expect(await running).toBe(true)
    expect(runs).toBe(1)
    expect(action.busy.value).toBe(false)
    expect(action.error.value).toBeNull()
  })

  it('says why it failed in the app’s words, and clears that when it runs again', async () => {
    const action = useBusyAction()
    const failure = new VaultError('wrong-passphrase', 'the key did not open the header')
    expect(await action.run(() => Promise.reject(failure))).toBe(false)
    expect(action.error.value).toBe(messageFor(failure))
    expect(action.busy.value).toBe(false)
    const second = gate()
    const running = action.run(() => second.done)
    expect(action.error.value).toBeNull()
    second.open()
    expect(await running).toBe(true)
  })

  it('uses the panel’s own sentence and shares a busy flag with the panel’s other actions', async () => {
    const busy = ref(false)
    const saving = useBusyAction({ busy })
    const renewing = useBusyAction({ busy, describe: () => 'Zoë’s code was not renewed.' })
    const slow = gate()
    const running = saving.run(() => slow.done)
    expect(await renewing.run(async () => {})).toBe(false)
    slow.fail(new Error('disk full'))
    expect(await running).toBe(false)
    expect(await renewing.run(() => Promise.reject(new Error('no')))).toBe(false)
    expect(renewing.error.value).toBe('Zoë’s code was not renewed.')
    expect(saving.error.value).toBe(messageFor(new Error('disk full')))
  })
})
