import { afterEach, describe, expect, it } from 'vitest'
import { createApp, nextTick, type App } from 'vue'
import SnoozeMenu from './SnoozeMenu.vue'

const NOW = new Date(2026, 2, 2, 15, 0).getTime()
let app: App | null = null
let root: HTMLElement
let chosen: number[]

async function mount(extra: Record<string, unknown> = {}): Promise<void> {
  chosen = []
  root = document.createElement('div')
  document.body.append(root)
  app = createApp(SnoozeMenu, {
    label: 'Thank Dana',
    now: () => NOW,
    onChosen: (until: number) => chosen.push(until),
    ...extra,
  })
  app.mount(root)
  await nextTick()
}

const settle = async () => {
  await new Promise((done) => setTimeout(done, 0))
  await nextTick()
}
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name))!

afterEach(() => {
  app?.unmount()
  root.remove()
})

describe('SnoozeMenu', () => {
  it('opens on the first choice and snoozes until tomorrow morning', async () => {
    await mount()
    button('Snooze…').click()
    await settle()
    expect(document.activeElement?.textContent?.trim()).toBe('For an hour')
    button('Until tomorrow morning').click()
    await settle()
    expect(chosen).toEqual([new Date(2026, 2, 3, 9, 0).getTime()])
    expect(root.querySelector('[role="group"]')).toBeNull()
    expect(document.activeElement?.textContent?.trim()).toMatch(/^Snooze…/)
  })

  it('offers an hour', async () => {
    await mount()
    button('Snooze…').click()
    await settle()
    button('For an hour').click()
    expect(chosen).toEqual([NOW + 3_600_000])
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
    expect(chosen).toEqual([])
  })

  it('closes with Escape, back on its button', async () => {
    await mount()
    button('Snooze…').click()
    await settle()
    root.querySelector('.snooze')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await settle()
    expect(root.querySelector('[role="group"]')).toBeNull()
    expect(chosen).toEqual([])
  })

  it('questions a snooze past the deadline and offers the latest safe time instead', async () => {
    // A same-day thank-you due by the end of Monday 2 March; it is 15:00.
    const deadline = new Date(2026, 2, 2, 23, 59, 59).getTime()
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    await mount({ deadline, timeZone: zone })
    button('Snooze…').click()
    await settle()
    button('Until tomorrow morning').click()
    await settle()
    expect(chosen).toEqual([])
    const alert = root.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('That is after its deadline, Mon 2 Mar, 23:59.')
    button('Snooze until Mon 2 Mar, 22:59').click()
    await settle()
    expect(chosen).toEqual([deadline - 60 * 60_000])
  })

  it('snoozes past the deadline when the user insists, and asks nothing inside it', async () => {
    const deadline = new Date(2026, 2, 2, 23, 59, 59).getTime()
    await mount({ deadline })
    button('Snooze…').click()
    await settle()
    button('For an hour').click()
    await settle()
    expect(chosen).toEqual([NOW + 60 * 60_000])
    button('Snooze…').click()
    await settle()
    button('For a week').click()
    await settle()
    button('Snooze past the deadline anyway').click()
    await settle()
    expect(chosen).toEqual([NOW + 60 * 60_000, NOW + 7 * 86_400_000])
  })
})
