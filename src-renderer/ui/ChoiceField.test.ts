import { afterEach, describe, expect, it } from 'vitest'
import { createApp, h, nextTick, ref, type App } from 'vue'
import { timeZoneChoices } from '@shared/domain/zoned'
import ChoiceField from './ChoiceField.vue'

let app: App | null = null
let root: HTMLElement

afterEach(() => {
  app?.unmount()
  root.remove()
})

describe('ChoiceField', () => {
  it('suggests every name of its list and hands back what was typed', async () => {
    const typed = ref('London (Europe)')
    root = document.createElement('div')
    document.body.append(root)
    app = createApp({
      render: () =>
        h(ChoiceField, {
          label: 'Time zone',
          path: 'timeZone',
          choices: timeZoneChoices(),
          hint: 'Type your city.',
          modelValue: typed.value,
          'onUpdate:modelValue': (text: string) => (typed.value = text),
        }),
    })
    app.mount(root)
    await nextTick()

    const input = root.querySelector('input')!
    const list = root.querySelector(`datalist#${input.getAttribute('list')}`)!
    const names = [...list.querySelectorAll('option')].map((o) => o.value)
    expect(names).toContain('Zurich (Europe)')
    expect(names).toHaveLength(timeZoneChoices().length)
    expect(input.value).toBe('London (Europe)')
    expect(root.querySelector('label')!.getAttribute('for')).toBe(input.id)

    input.value = 'Lisbon'
    input.dispatchEvent(new Event('input'))
    await nextTick()
    expect(typed.value).toBe('Lisbon')
  })
})
