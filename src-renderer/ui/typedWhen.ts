/**
 * What a date or time field does between the text a person types and the ISO value a store keeps
 * (`2026-03-04`, `14:30`). The text shows the value in the user's formats and is read back as it
 * is typed: a readable text updates the value at once, text that is not yet one leaves the value
 * as it was. On leaving the field (or submitting its form) a text that still cannot be read is
 * said to be wrong, next to the field, and stays as typed for the person to fix; the form does
 * not submit meanwhile, as most forms here turn the browser's own checks off (`novalidate`).
 * Every action that reads such a field's value is its form's submit button, so this one check
 * covers them all.
 */
import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { readTypedDate, readTypedTime } from '@shared/domain/dateInput'
import { clockTime, numericDate } from '@shared/domain/dateText'
import { localeRevision, userLocale } from '../locale'
import { dateText } from './format'

/** Text read as a value: the value, or the sentence saying why it is not one. */
export type Reading =
  { ok: true; value: string; ambiguous: boolean } | { ok: false; problem: string }

/** How one kind of field writes and reads its values, in the user's locale at call time. */
export interface WhenFormat {
  /** The value as the field shows it: "04/03/2026", "2:30 PM". */
  write(value: string): string
  /** What was typed, read back. */
  read(text: string): Reading
  /** The value in words, to say which way an ambiguous text was read: "Wednesday 4 March 2026". */
  words(value: string): string
}

/** Dates and times in the user's formats, read with the one parser of typed dates and times. */
export const WHEN_FORMATS: Record<'date' | 'time', WhenFormat> = {
  date: {
    write: (value) => numericDate(value, userLocale),
    read(text) {
      const read = readTypedDate(text, userLocale)
      return read.ok ? { ok: true, value: read.date, ambiguous: read.ambiguous } : read
    },
    words: (value) => dateText(value, 'long', null),
  },
  time: {
    write: (value) => clockTime(value, userLocale),
    read(text) {
      const read = readTypedTime(text, userLocale)
      return read.ok ? { ok: true, value: read.time, ambiguous: read.ambiguous } : read
    },
    words: (value) => clockTime(value, userLocale),
  },
}

/** The field's state and its handlers, for DateField and TimeField. */
export function useTypedWhen(
  model: Ref<string>,
  format: WhenFormat,
  input: Ref<HTMLInputElement | null>,
  commit: (value: string) => void = () => {},
) {
  const text = ref(format.write(model.value))
  /** Why the text is not a value; shown once the person has left the field. */
  const problem = ref('')
  /** Which way an ambiguous text was read. */
  const note = ref('')
  let emitted = model.value

  function follow(reading: Reading | null): void {
    if (reading === null) {
      problem.value = note.value = ''
      set('')
    } else if (reading.ok) {
      problem.value = ''
      note.value = reading.ambiguous ? `Read as ${format.words(reading.value)}.` : ''
      set(reading.value)
    } else if (problem.value) problem.value = reading.problem
  }

  function set(value: string): void {
    emitted = value
    if (model.value !== value) model.value = value
  }

  function readText(): Reading | null {
    return text.value.trim() === '' ? null : format.read(text.value)
  }

  /** Each keystroke: a readable text becomes the value. */
  function onInput(): void {
    follow(readText())
  }

  /** Leaving the field: a readable text is rewritten in the user's format, another is refused. */
  function onChange(): void {
    const reading = readText()
    if (reading && !reading.ok) problem.value = reading.problem
    else if (reading) text.value = format.write(reading.value)
    follow(reading)
    if (reading === null || reading.ok) commit(model.value)
  }

  /** A value chosen in the picker. */
  function pick(value: string): void {
    if (value === '') return
    text.value = format.write(value)
    follow({ ok: true, value, ambiguous: false })
    commit(value)
  }

  // A value set from outside (a form reset, a record loaded) replaces the text.
  watch(model, (value) => {
    if (value === emitted) return
    emitted = value
    text.value = format.write(value)
    problem.value = note.value = ''
  })
  // New formats: a readable text is shown again in them; a wrong one stays as typed.
  watch(localeRevision, () => {
    const reading = readText()
    if (reading === null || reading.ok) text.value = format.write(model.value)
    note.value = ''
  })

  /** Says why a text cannot be read, next to the field, and puts the focus back in it. */
  function refuse(): boolean {
    const reading = readText()
    if (reading === null || reading.ok) return false
    problem.value = reading.problem
    input.value?.focus()
    return true
  }

  function guard(event: Event): void {
    const field = input.value
    if (!field?.form || event.target !== field.form) return
    if (!refuse()) return
    // Caught on its way down to the form, so the form's own submit handler never runs.
    event.preventDefault()
    event.stopPropagation()
  }

  /**
   * Pressing the form's submit button refuses at once, before the release: left to the blur, the
   * error would appear between press and release, move the button from under the pointer, and
   * the click would land nowhere. Kept from taking the focus, the field keeps it.
   */
  function guardPress(event: MouseEvent): void {
    const form = input.value?.form
    const target = event.target instanceof Element ? event.target : null
    const control = target?.closest('button, input')
    if (!form || !(control instanceof HTMLButtonElement || control instanceof HTMLInputElement))
      return
    if (control.type !== 'submit' || control.form !== form) return
    if (refuse()) event.preventDefault()
  }
  onMounted(() => {
    document.addEventListener('submit', guard, true)
    document.addEventListener('mousedown', guardPress, true)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('submit', guard, true)
    document.removeEventListener('mousedown', guardPress, true)
  })

  return { text, problem, note, onInput, onChange, pick }
}

/** Opens the browser's own picker of `native`; where it cannot, the typed field still works. */
export function openPicker(native: HTMLInputElement | null): void {
  try {
    native?.showPicker()
  } catch (error) {
    console.error('The calendar could not be opened; the date can still be typed.', error)
  }
}
