import { afterEach, describe, expect, it } from 'vitest'
import { createApp, h, nextTick, reactive, type App } from 'vue'
import { createPinia, type Pinia } from 'pinia'
import { countingIds, interviewedBy } from '@shared/domain/testData'
import type { Interviewer, Opportunity } from '@shared/domain/opportunity'
import type { ContactFill } from '@shared/domain/recognise'
import { useBoardStore } from '../interviews/store'
import { useNavStore } from '../shell/nav'
import PeopleView from './PeopleView.vue'
import SamePersonOffer from './SamePersonOffer.vue'

const next = countingIds('p')

function at(company: string, role: string, people: Partial<Interviewer>[]): Opportunity {
  return interviewedBy(company, people, next, { role })
}

const lumiere = at('Lumière Analytics', 'Data analyst', [
  { name: 'Renée Côté', email: 'renee@lumiere.example', phone: '+33 1 23 45 67 89' },
  { name: 'Søren Østergaard', email: 'soren@lumiere.example' },
  { name: 'Nkechi Adébáyọ̀', title: 'People partner' },
])
const senior = at('Lumière Analytics', 'Senior data analyst', [{ name: 'renee  cote' }])

let app: App | null = null
afterEach(() => {
  app?.unmount()
  app = null
  document.body.replaceChildren()
})

function mount(render: () => ReturnType<typeof h>): { host: HTMLElement; pinia: Pinia } {
  const pinia = createPinia()
  const host = document.createElement('div')
  document.body.append(host)
  useBoardStore(pinia).opportunities = [senior, lumiere]
  app = createApp({ render }).use(pinia)
  app.mount(host)
  return { host, pinia }
}

const buttons = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text)

describe('the People screen', () => {
  it('shows one Renée linked to both applications, and opens the one clicked', async () => {
    const { host, pinia } = mount(() => h(PeopleView))
    await nextTick()
    const cards = host.querySelectorAll('[data-testid="person"]')
    expect([...cards].map((c) => c.querySelector('h2')!.textContent)).toEqual([
      'Nkechi Adébáyọ̀',
      'Renée Côté',
      'Søren Østergaard',
    ])
    const renee = cards[1]!
    expect(renee.textContent).toContain('renee@lumiere.example')
    expect(renee.textContent).toContain('+33 1 23 45 67 89')
    const [link] = buttons(host, 'Lumière Analytics — Senior data analyst')
    link!.click()
    expect(useNavStore(pinia).openId).toBe(senior.id)
    expect(useNavStore(pinia).current).toBe('detail')
  })

  it('narrows to who matches the search, accents or not, and says when no one does', async () => {
    const { host } = mount(() => h(PeopleView))
    const search = host.querySelector<HTMLInputElement>('#people-search')!
    search.value = 'soren'
    search.dispatchEvent(new Event('input'))
    await nextTick()
    expect(host.querySelectorAll('[data-testid="person"]')).toHaveLength(1)
    search.value = 'nobody here'
    search.dispatchEvent(new Event('input'))
    await nextTick()
    expect(host.querySelectorAll('[data-testid="person"]')).toHaveLength(0)
    expect(host.textContent).toContain('No one matches “nobody here”.')
  })
})

describe('recognising a person in the form', () => {
  it('asks first, then fills the blanks and her name as written before', async () => {
    const typed = reactive({ name: 'renee cote', email: '', phone: '', linkedIn: '' })
    const fills: ContactFill[] = []
    const { host } = mount(() =>
      h(SamePersonOffer, {
        typed,
        opportunityId: 'new',
        focusAfter: 'nowhere',
        onAccept: (fill: ContactFill) => {
          fills.push(fill)
          Object.assign(typed, fill)
        },
      }),
    )
    await nextTick()
    expect(host.textContent).toContain('Same person as Renée Côté at Lumière Analytics?')
    expect(host.textContent).toContain(
      'Yes fills in their email and phone number from before and writes their name as before.',
    )
    expect(typed.email).toBe('')
    buttons(host, 'Yes, same person')[0]!.click()
    await nextTick()
    expect(fills).toEqual([
      { name: 'Renée Côté', email: 'renee@lumiere.example', phone: '+33 1 23 45 67 89' },
    ])
    // Nothing left to fill: the question goes away.
    expect(host.textContent).not.toContain('Same person')
  })

  it('puts the question away for good when the answer is no', async () => {
    const typed = reactive({ name: 'Søren Østergaard', email: '', phone: '', linkedIn: '' })
    const { host } = mount(() =>
      h(SamePersonOffer, { typed, opportunityId: 'new', focusAfter: 'nowhere' }),
    )
    await nextTick()
    buttons(host, 'No, someone else')[0]!.click()
    await nextTick()
    expect(host.textContent).not.toContain('Same person')
    typed.phone = '07700 900123'
    await nextTick()
    expect(host.textContent).not.toContain('Same person')
    expect(typed.email).toBe('')
  })
})
