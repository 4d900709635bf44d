import { defineStore } from 'pinia'
import { ref } from 'vue'

/** The text of the app's polite live region: what just happened, for screen readers. */
export const useAnnouncer = defineStore('announcer', () => {
  const message = ref('')
  let tick = 0

  /** Announces `text`; the same text twice in a row is announced twice. */
  function say(text: string): void {
    tick++
    // A zero-width suffix that alternates makes the live region change even for repeated text.
    message.value = text + (tick % 2 ? '' : '\u200b')
  }

  return { message, say }
})
