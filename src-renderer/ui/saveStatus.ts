import { ref } from 'vue'

/**
 * A save with a sentence for the user: `saved` after it worked, `failed` when it did not (the
 * form keeps what was typed either way).
 */
export function useSaveStatus(saved: string, failed: string) {
  const status = ref('')
  async function run(save: () => Promise<void>): Promise<boolean> {
    status.value = ''
    try {
      await save()
      status.value = saved
      return true
    } catch {
      status.value = failed
      return false
    }
  }
  return { status, run }
}
