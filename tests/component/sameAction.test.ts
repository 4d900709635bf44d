/**
 * One planned action, read in every place that shows it: Today, the card's next step, the detail
 * view, the notification main is sent and the .ics calendar (built by main's real builder and
 * read back with ical.js) all use the same words, and the draft the user edited is the one in the
 * detail view, the mail link and the calendar.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, h, nextTick, type Component } from 'vue'
import { createPinia, type Pinia } from 'pinia'
import ICAL from 'ical.js'
import { acme } from '@shared/domain/testData'
import { defaultSettings } from '@shared/domain/settings'
import type { Opportunity } from '@shared/domain/opportunity'
import type { CalendarItem, Reminder } from '@shared/ipc/reminders'
import { planFollowUps } from '@shared/rules/planFollowUps'
import { buildCalendar } from '../../src-main/reminders/calendar'
import { useSessionStore } from '../../src-renderer/session/store'
import { createdVault } from '../support/rendererVault'
import { useBoardStore } from '../../src-renderer/interviews/store'
import { usePlanStore } from '../../src-renderer/followups/planStore'
import { useNavStore } from '../../src-renderer/shell/nav'
import { installFakeHost, type FakeHost } from '../../src-renderer/reminders/fakeHost'
import { boardReminderSource } from '../../src-renderer/reminders/boardSource'
import { useRemindersStore } from '../../src-renderer/reminders/store'
import TodayView from '../../src-renderer/followups/TodayView.vue'
import DetailView from '../../src-renderer/interviews/detail/DetailView.vue'
import OpportunityCard from '../../src-renderer/interviews/board/OpportunityCard.vue'

/** Monday 16 March 2026, 10:00 in London: Acme promised a decision by the 6th, and is silent. */
const NOW = Date.UTC(2026, 2, 16, 10)
const TITLE = 'Ask Priya Shah for news'
const MINE = 'Dear Priya,\n\nAny news on the designer role? I am still keen.\n\nAlex'

beforeEach(() => vi.useFakeTimers({ now: NOW, toFake: ['Date'] }))
afterEach(() => vi.useRealTimers())

/** Acme after the interview, everything done but the chaser, whose draft the user rewrote. */
function silentAcme(): { o: Opportunity; chaserId: string } {
  const o: Opportunity = {
    ...acme(),
    promisedDecisionDate: '2026-03-06',
    followUp: { who: 'Priya Shah', how: 'email', when: 'by the end of next week' },
  }
  const plan = planFollowUps(o, { settings: defaultSettings, profile: { name: 'Alex' } }, NOW)
  const chaserId = plan.find((a) => a.kind === 'chaser')!.id
  const done = plan.filter((a) => a.id !== chaserId).map((a) => [a.id, { status: 'done', at: NOW }])
  o.actions = Object.fromEntries(done)
  o.draftEdits = { [chaserId]: { body: MINE, at: NOW } }
  return { o, chaserId }
}

function mount(pinia: Pinia, view: Component, props: Record<string, unknown> = {}) {
  const el = document.createElement('div')
  document.body.append(el)
  const app = createApp({ render: () => h(view, props) }).use(pinia)
  app.mount(el)
  return { el, app }
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim()
const callsTo = (fake: FakeHost, channel: string) =>
  fake.calls.filter((c) => c.channel === channel).map((c) => c.payload)

describe('one planned action', () => {
  it('reads the same, with the same edited draft, everywhere it is shown', async () => {
    const { vault } = await createdVault('same-action')
    const { o, chaserId } = silentAcme()
    await vault.records.put('opportunities', o.id, o)
    const fake = installFakeHost()
    const pinia = createPinia()
    useSessionStore(pinia).open(vault.records)
    const board = useBoardStore(pinia)
    await board.load()
    const record = board.byId.get(o.id)!
    const plan = usePlanStore(pinia)

    // Today: the company, then the title (a dot to see, a colon only a screen reader hears).
    const today = mount(pinia, TodayView)
    await vi.waitFor(() =>
      expect(today.el.querySelector(`[data-action-id="${chaserId}"]`)).not.toBeNull(),
    )
    expect(text(today.el.querySelector(`[data-action-id="${chaserId}"] h3`))).toBe(
      `Acme Ltd · : ${TITLE}`,
    )

    // The card's next step.
    const card = mount(pinia, OpportunityCard, {
      opportunity: record,
      next: plan.nextOf(record),
      today: '2026-03-16',
      timeZone: board.settings.timeZone,
      now: NOW,
    })
    expect(text(card.el.querySelector('.next-title'))).toBe(TITLE)

    // The detail view: the step, and the draft the user wrote, which the mail link carries.
    useNavStore(pinia).open(o.id)
    const detail = mount(pinia, DetailView)
    await nextTick()
    expect(text(detail.el.querySelector(`.timeline [data-action-id="${chaserId}"] h3`))).toBe(TITLE)
    const draft = detail.el.querySelector(`article[aria-labelledby="draft-${chaserId}"]`)!
    expect(text(draft.querySelector('h3'))).toBe(TITLE)
    expect(draft.querySelector('textarea')!.value).toBe(MINE)
    const mailButton = [...draft.querySelectorAll('button')].find(
      (b) => text(b) === 'Open in mail app',
    )!
    mailButton.click()
    await vi.waitFor(() => expect(callsTo(fake, 'shell/open-external')).toHaveLength(1))
    const url = String(callsTo(fake, 'shell/open-external')[0]!.url)
    expect(url.startsWith('mailto:priya@acme.example?')).toBe(true)
    expect(decodeURIComponent(url).replace(/\r\n/g, '\n')).toContain(MINE)

    // The notification main would show once the user allows names.
    const reminders = useRemindersStore(pinia)
    reminders.connect(boardReminderSource())
    await reminders.setPreferences({ detailedNotifications: true, draftsInCalendar: true })
    const synced = () =>
      callsTo(fake, 'reminders/sync')
        .flatMap((p) => p.reminders as Reminder[])
        .filter((r) => r.actionId === chaserId && r.title)
    await vi.waitFor(() => expect(synced()).not.toEqual([]))
    expect(synced().at(-1)!.title).toBe(TITLE)

    // The calendar file main writes, read back as a calendar app would.
    expect(await reminders.exportCalendar()).toBe(true)
    const items = callsTo(fake, 'reminders/export-ics')[0]!.items as CalendarItem[]
    const calendar = new ICAL.Component(ICAL.parse(buildCalendar(items, Date.now())))
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    const chaser = events.find((e) => e.summary.endsWith(TITLE))!
    expect(chaser.summary).toBe(`Acme Ltd · ${TITLE}`)
    expect(chaser.description).toContain(MINE)

    for (const view of [today, card, detail]) view.app.unmount()
  })
})
