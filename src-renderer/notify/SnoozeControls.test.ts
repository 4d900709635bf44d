import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp, nextTick, type App } from 'vue'
import { createPinia } from 'pinia'
import type { ActionState } from '@shared/domain/opportunity'
import SnoozeControls from './SnoozeControls.vue'
import { useRemindersStore } from './store'
import { installFakeHost, type FakeHost } from './fakeHost'

const NOW = new Date(2026, 2, 2, 15, 0).getTime()
let host: FakeHost
let app: App | null = null
let root: HTMLElement
let states: (ActionState | null)[]

async function mount(): Promise<void> {
  root = document.createElement('div')
  document.body.append(root)
  const pinia = createPinia()
  app = createApp(SnoozeControls, { opportunityId: 'opp-1', actionId: 'a1', now: () => NOW })
  app.use(pinia)
  const store = useRemindersStore(pinia)
  store.connect({
    unlocked: () => true,
    actions: () => [],
    setActionState: async (_o, _a, state) => void states.push(state),
  })
  app.mount(root)
  await settle()
}

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done, 0))
  await nextTick()
}
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!

beforeEach(() => {
  host = installFakeHost()
  states = []
})
afterEach(() => {
  app?.unmount()
  root.remove()
})

describe('SnoozeControls', () => {
  it('snoozes until tomorrow morning and tells main', async () => {
    await mount()
    button('Snooze…').click()
    await settle()
    expect(document.activeElement?.textContent?.trim()).toBe('For an hour')
    button('Until tomorrow morning').click()
    await settle()
    const until = new Date(2026, 2, 3, 9, 0).getTime()
    expect(states).toEqual([{ status: 'snoozed', at: NOW, until }])
    expect(host.calls.at(-1)).toMatchObject({ channel: 'reminders/snooze', payload: { until } })
    expect(root.querySelector('[role="group"]')).toBeNull()
  })

  it('refuses a chosen day in the past with a plain sentence', async () => {
    await mount()
    button('Snooze…').click()
    await settle()
    button('Until a day you choose…').click()
    await settle()
    const [day] = root.querySelectorAll('input')
    day!.value = '2026-03-01'
    day!.dispatchEvent(new Event('input'))
    root.querySelector('form')!.dispatchEvent(new Event('submit'))
    await settle()
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Pick a day and time that is still to come.',
    )
    expect(states).toEqual([])
  })

  it('closes the choices with Escape and marks done', async () => {
    await mount()
    button('Snooze…').click()
    await settle()
    root.querySelector('.controls')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await settle()
    expect(root.querySelector('[role="group"]')).toBeNull()
    button('Done').click()
    await settle()
    expect(states).toEqual([{ status: 'done', at: NOW }])
    expect(host.calls.at(-1)?.channel).toBe('reminders/done')
  })
})
