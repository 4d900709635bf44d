import { describe, expect, it } from 'vitest'
import { createApp, nextTick } from 'vue'
import { createPinia } from 'pinia'
import { acme } from '@shared/domain/testData'
import { installFakeHost } from '../../reminders/fakeHost'
import RecordFacts from './RecordFacts.vue'

describe('the facts of a record', () => {
  it('shows every contact detail entered, and opens a LinkedIn profile in the browser', async () => {
    const fake = installFakeHost()
    const o = acme()
    const [priya, tom] = o.rounds[0]!.interviewers
    priya!.phone = '+44 20 7946 0958'
    priya!.linkedIn = 'linkedin.com/in/priya-shah-désign'
    tom!.linkedIn = 'Tom on LinkedIn'
    o.agency = {
      name: 'Hays Recrutement',
      consultant: 'Émilie Laurent',
      email: 'emilie.laurent@hays.example',
      phone: '+44 161 496 0000',
    }
    const host = document.createElement('div')
    document.body.append(host)
    const app = createApp(RecordFacts, {
      opportunity: o,
      timeZone: 'Europe/London',
      actions: [],
    }).use(createPinia())
    app.mount(host)
    await nextTick()
    const text = host.textContent!
    for (const detail of [
      '+44 20 7946 0958',
      'priya@acme.example',
      'Tom on LinkedIn',
      'Émilie Laurent',
      'emilie.laurent@hays.example',
      '+44 161 496 0000',
    ])
      expect(text).toContain(detail)
    const open = host.querySelector<HTMLButtonElement>(
      'button[aria-label="Open Priya Shah’s LinkedIn profile"]',
    )!
    open.click()
    await nextTick()
    await Promise.resolve()
    expect(fake.calls.find((c) => c.channel === 'shell/open-external')?.payload).toEqual({
      url: 'https://linkedin.com/in/priya-shah-désign',
    })
    // Text that is no address stays text, not a link.
    expect(host.querySelectorAll('button[aria-label$="LinkedIn profile"]')).toHaveLength(1)
    app.unmount()
    host.remove()
  })
})
