import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick, type App } from 'vue'
import type { ActionAddress } from '@shared/presenters/action'
import { installFakeHost } from '../../reminders/fakeHost'
import ActionChannels from './ActionChannels.vue'

let app: App | null = null
let root: HTMLElement

async function mount(address: ActionAddress): Promise<void> {
  root = document.createElement('div')
  document.body.append(root)
  app = createApp(ActionChannels, { address, title: 'Connect with Émilie on LinkedIn' })
  app.mount(root)
  await nextTick()
}
const button = (label: string) => root.querySelector<HTMLButtonElement>(`[aria-label^="${label}"]`)
const settle = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve()
  await nextTick()
}

afterEach(() => {
  app?.unmount()
  root.remove()
  vi.restoreAllMocks()
})

describe('the channels beside an action', () => {
  it('copies the phone number and opens the LinkedIn profile the user entered', async () => {
    const fake = installFakeHost()
    const copied: string[] = []
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t) => void copied.push(t))
    await mount({
      name: 'Émilie Laurent-Duval',
      email: 'emilie@hays.example',
      phone: '+33 1 42 68 53 00',
      linkedIn: 'https://www.linkedin.com/in/emilie-laurent-duval',
    })
    expect(root.textContent).toContain('Phone +33 1 42 68 53 00')

    button('Copy Émilie Laurent-Duval’s phone number')!.click()
    await settle()
    expect(copied).toEqual(['+33 1 42 68 53 00'])
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied.')

    button('Open Émilie Laurent-Duval’s LinkedIn profile')!.click()
    await settle()
    expect(fake.calls.filter((c) => c.channel === 'shell/open-external')).toEqual([
      expect.objectContaining({
        payload: { url: 'https://www.linkedin.com/in/emilie-laurent-duval' },
      }),
    ])
  })

  it('shows nothing for a person known only by email', async () => {
    await mount({ name: 'Tom Ng', email: 'tom@acme.example', phone: '', linkedIn: '' })
    expect(root.querySelector('[data-testid="action-channels"]')).toBeNull()
  })
})
