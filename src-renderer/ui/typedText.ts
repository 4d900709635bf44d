import { computed, ref, type WritableComputedRef } from 'vue'

/**
 * A text field saved as the user types. A store shows a change only once it is written, so the
 * save of "Pri" can finish while "Priya" is on its way: the field keeps what was typed until its
 * last save is in, and follows the store otherwise. After a failed save it keeps the typing (the
 * screen says the save failed) until the next save goes through.
 */
export function useTypedText(
  stored: () => string,
  save: (text: string) => Promise<void>,
): WritableComputedRef<string> {
  const typed = ref<string | null>(null)
  let pending = 0
  return computed({
    get: () => typed.value ?? stored(),
    set: (text: string) => {
      typed.value = text
      pending++
      save(text).then(
        () => {
          if (--pending === 0) typed.value = null
        },
        () => {
          pending--
        },
      )
    },
  })
}
