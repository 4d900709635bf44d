import { afterEach, describe, expect, it } from 'vitest'
import { createApp, h, nextTick, ref, type App, type Ref } from 'vue'
import type { LocaleTag } from '@shared/domain/locale'
import { chooseLocale } from '../locale'
import { DateField, TimeField } from './whenFields'

let app: App | null = null
let root: HTMLElement

afterEach(() => {
  app?.unmount()
  app = null
  root.remove()
  chooseLocale(null)
})

/** Mounts a field inside a form whose submit handler counts submissions. */
async function mount(
  field: typeof DateField | typeof TimeField,
  value: Ref<string>,
  extra: Record<string, unknown> = {},
) {
  const submitted = ref(0)
  root = document.createElement('div')
  document.body.append(root)
  app = createApp({
    render: () =>
      h(
        'form',
        { novalidate: true, onSubmit: (e: Event) => (e.preventDefault(), submitted.value++) },
        [
          h(field, {
            label: 'Applications close',
            path: 'advertClosesOn',
            hint: 'Leave empty if the advert gives no date.',
            modelValue: value.value,
            'onUpdate:modelValue': (next: string) => (value.value = next),
            ...extra,
          }),
          h('button', { type: 'submit' }, 'Save'),
        ],
      ),
  })
  app.mount(root)
  await nextTick()
  const input = root.querySelector<HTMLInputElement>('#f-advertClosesOn')!
  return { input, submitted }
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

async function leave(input: HTMLInputElement): Promise<void> {
  input.dispatchEvent(new Event('change'))
  await nextTick()
}

const text = () => root.textContent ?? ''
const describedBy = (input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root.querySelector(`#${id}`)?.textContent)

describe('DateField', () => {
  it('shows the ISO date in British figures and keeps what is typed as ISO', async () => {
    chooseLocale('en-GB' as LocaleTag)
    const value = ref('2026-03-04')
    const { input } = await mount(DateField, value)
    expect(input.value).toBe('04/03/2026')
    expect(input.type).toBe('text')
    expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).toContain(
      'Applications close',
    )

    await type(input, '17 Apr 2026')
    expect(value.value).toBe('2026-04-17')
    await leave(input)
    expect(input.value).toBe('17/04/2026')
    expect(describedBy(input)).toEqual(['Leave empty if the advert gives no date.'])

    await type(input, '')
    expect(value.value).toBe('')
  })

  it('reads an ISO date as it is, whatever the formats', async () => {
    chooseLocale('en-US' as LocaleTag)
    const value = ref('')
    const { input } = await mount(DateField, value)
    await type(input, '2026-03-04')
    expect(value.value).toBe('2026-03-04')
    expect(text()).not.toContain('Read as')
    await leave(input)
    expect(input.value).toBe('3/4/2026')
  })

  it('says which way it read a date that could be either, for a screen reader too', async () => {
    chooseLocale('en-US' as LocaleTag)
    const value = ref('')
    const { input } = await mount(DateField, value)
    await type(input, '3/4/2026')
    expect(value.value).toBe('2026-03-04')
    expect(describedBy(input)).toContain('Read as Wednesday, March 4, 2026.')
    await type(input, '3/24/2026')
    expect(text()).not.toContain('Read as')
  })

  it('refuses an impossible date on leaving the field, keeps the typing and the last real date', async () => {
    chooseLocale('en-GB' as LocaleTag)
    const value = ref('2026-01-15')
    const { input } = await mount(DateField, value)
    await type(input, '31/02/2026')
    // Not while typing: "31/02/20" is on the way to a real date as often as not.
    expect(text()).not.toContain('not a real date')
    await leave(input)
    const problem = '"31/02/2026" is not a real date: February 2026 has 28 days.'
    expect(input.value).toBe('31/02/2026')
    expect(value.value).toBe('2026-01-15')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(input)).toContain(problem)

    await type(input, '28/02/2026')
    expect(value.value).toBe('2026-02-28')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    expect(text()).not.toContain('not a real date')
  })

  it('shows the form’s own error when the text is fine', async () => {
    const value = ref('')
    const { input } = await mount(DateField, value, { error: 'Enter the closing date.' })
    expect(describedBy(input)).toContain('Enter the closing date.')
    await type(input, 'soon')
    await leave(input)
    expect(text()).not.toContain('Enter the closing date.')
    expect(text()).toContain('"soon" is not a date; write it like 31/12/2025 or 2025-12-31.')
  })

  it('stops its form from submitting while the text is not a date, and takes the keyboard there', async () => {
    const value = ref('2026-03-04')
    const { input, submitted } = await mount(DateField, value)
    const form = root.querySelector('form')!
    form.requestSubmit()
    await nextTick()
    expect(submitted.value).toBe(1)

    await type(input, '30/02/2026')
    form.requestSubmit()
    await nextTick()
    expect(submitted.value).toBe(1)
    expect(document.activeElement).toBe(input)
    expect(text()).toContain('"30/02/2026" is not a real date')
  })

  it('refuses as the submit button is pressed, before the release, and keeps the focus', async () => {
    const value = ref('2026-03-04')
    const { input } = await mount(DateField, value)
    const save = root.querySelector<HTMLButtonElement>('button[type="submit"]')!
    const press = () => new MouseEvent('mousedown', { bubbles: true, cancelable: true })
    const fine = press()
    save.dispatchEvent(fine)
    expect(fine.defaultPrevented).toBe(false)

    input.focus()
    await type(input, '30/02/2026')
    const refused = press()
    save.dispatchEvent(refused)
    await nextTick()
    // The error is there before the button is released; the focus never leaves the field.
    expect(refused.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(input)
    expect(text()).toContain('"30/02/2026" is not a real date')
    expect(value.value).toBe('2026-03-04')
  })

  it('follows a change of formats: British, American, German', async () => {
    chooseLocale('en-GB' as LocaleTag)
    const value = ref('2026-03-04')
    const { input } = await mount(DateField, value)
    expect(input.value).toBe('04/03/2026')
    chooseLocale('en-US' as LocaleTag)
    await nextTick()
    expect(input.value).toBe('3/4/2026')
    chooseLocale('de-DE' as LocaleTag)
    await nextTick()
    expect(input.value).toBe('4.3.2026')
    expect(input.placeholder).toBe('31.12.2026')
    await type(input, '5.3.2026')
    expect(value.value).toBe('2026-03-05')
  })

  it('shows a date set from outside, and one picked in the calendar', async () => {
    const value = ref('2026-03-04')
    const committed: string[] = []
    const { input } = await mount(DateField, value, {
      onCommit: (date: string) => committed.push(date),
    })
    value.value = '2027-01-09'
    await nextTick()
    expect(input.value).toBe('09/01/2027')

    const native = root.querySelector<HTMLInputElement>('input[type="date"]')!
    expect(native.tabIndex).toBe(-1)
    expect(native.getAttribute('aria-hidden')).toBe('true')
    native.value = '2026-12-24'
    native.dispatchEvent(new Event('change'))
    await nextTick()
    expect(value.value).toBe('2026-12-24')
    expect(committed).toEqual(['2026-12-24'])
    expect(input.value).toBe('24/12/2026')
    const button = root.querySelector('button')!
    expect(button.getAttribute('aria-label')).toBe('Choose a date from the calendar')
  })
})

describe('TimeField', () => {
  it('shows the clock of the formats and reads the time back', async () => {
    chooseLocale('en-US' as LocaleTag)
    const value = ref('14:30')
    const { input } = await mount(TimeField, value)
    expect(input.value).toMatch(/^2:30\sPM$/)
    await type(input, '9:15')
    expect(value.value).toBe('09:15')
    expect(text()).toMatch(/Read as 9:15\sAM\./)
    await type(input, '9:15 pm')
    expect(value.value).toBe('21:15')
    chooseLocale('de-DE' as LocaleTag)
    await nextTick()
    expect(input.value).toBe('21:15')
    await type(input, '25:00')
    await leave(input)
    expect(text()).toContain('"25:00" is not a real time: a day has hours 0 to 23.')
    expect(value.value).toBe('21:15')
  })
})
