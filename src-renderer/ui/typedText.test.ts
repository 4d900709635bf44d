import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { useTypedText } from './typedText'

/** A store that shows a text once its save resolves, with the saves held until released. */
function slowStore() {
  const shown = ref('')
  const held: { text: string; done: () => void; fail: () => void }[] = []
  const save = (text: string) =>
    new Promise<void>((resolve, reject) => {
      held.push({
        text,
        done: () => {
          shown.value = text
          resolve()
        },
        fail: () => reject(new Error('locked')),
      })
    })
  return { shown, held, save }
}

describe('a text field saved as the user types', () => {
  it('keeps the latest typing while an earlier save finishes, then follows the store', async () => {
    const store = slowStore()
    const field = useTypedText(() => store.shown.value, store.save)
    field.value = 'Pri'
    field.value = 'Priya'
    store.held[0]!.done()
    await Promise.resolve()
    expect(store.shown.value).toBe('Pri')
    expect(field.value).toBe('Priya')
    store.held[1]!.done()
    await Promise.resolve()
    expect(field.value).toBe('Priya')
    store.shown.value = 'Reset by the store'
    expect(field.value).toBe('Reset by the store')
  })

  it('keeps the typing when its save fails', async () => {
    const store = slowStore()
    const field = useTypedText(() => store.shown.value, store.save)
    field.value = 'Words that must not be lost'
    store.held[0]!.fail()
    await Promise.resolve()
    await Promise.resolve()
    expect(store.shown.value).toBe('')
    expect(field.value).toBe('Words that must not be lost')
  })
})
