import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick, ref } from 'vue'
import { installFakeHost, type FakeHost } from './fakeHost'
import { useRemindersStore } from './store'
import type { ReminderSource, UpcomingAction } from './source'

const action = (n: number, extra: Partial<UpcomingAction> = {}): UpcomingAction => ({
  opportunityId: `opp-${n}`,
  actionId: `thank-you:${n}`,
  dueAt: 1_800_000_000_000 + n,
  overdueAt: 1_800_000_000_000 + n + 86_400_000,
  title: `Thank Dana ${n}`,
  label: `Canary Ltd · Thank Dana ${n}`,
  company: 'Canary Ltd',
  changedAt: 1_790_000_000_000 + n,
  draft: null,
  ...extra,
})

function fakeSource(initial: UpcomingAction[]) {
  const unlocked = ref(true)
  const actions = ref(initial)
  const saved: Record<string, string>[] = []
  const source: ReminderSource = {
    unlocked: () => unlocked.value,
    actions: () => actions.value,
    ids: { load: async () => saved.at(-1) ?? {}, save: async (ids) => void saved.push(ids) },
  }
  return { source, unlocked, actions, saved }
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done, 0))
  await nextTick()
}
const syncs = () => calls.filter((c) => c.channel === 'reminders/sync')

let host: FakeHost
let calls: FakeHost['calls']
let emit: FakeHost['emit']

beforeEach(() => {
  host = installFakeHost()
  ;({ calls, emit } = host)
  setActivePinia(createPinia())
})

describe('useRemindersStore', () => {
  it('hands main opaque ids and due instants, and no names while details are off', async () => {
    const store = useRemindersStore()
    store.connect(fakeSource([action(1), action(2)]).source)
    await settle()
    const [sync] = syncs()
    const reminders = sync?.payload.reminders as Record<string, unknown>[]
    expect(reminders).toHaveLength(2)
    expect(reminders[0]).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      dueAt: action(1).dueAt,
      overdueAt: action(1).overdueAt,
      opportunityId: 'opp-1',
      actionId: 'thank-you:1',
    })
    expect(JSON.stringify(sync)).not.toContain('Canary')
  })

  it('adds titles once the user allows detailed notifications, keeping the same ids', async () => {
    const store = useRemindersStore()
    store.connect(fakeSource([action(1)]).source)
    await settle()
    await store.setPreferences({ detailedNotifications: true })
    const [before, after] = syncs().map((c) => (c.payload.reminders as { id: string }[])[0])
    expect(after).toMatchObject({ id: before?.id, title: 'Thank Dana 1' })
  })

  it('does not re-send an unchanged list, and re-sends when an action changes', async () => {
    const store = useRemindersStore()
    const { source, actions } = fakeSource([action(1)])
    store.connect(source)
    await settle()
    await store.sync()
    expect(syncs()).toHaveLength(1)
    actions.value = [action(1, { dueAt: action(1).dueAt + 3_600_000 })]
    await settle()
    expect(syncs()).toHaveLength(2)
  })

  it('tells main on lock and stops syncing until unlocked', async () => {
    const store = useRemindersStore()
    const { source, unlocked, actions } = fakeSource([action(1)])
    store.connect(source)
    await settle()
    unlocked.value = false
    await settle()
    expect(calls.at(-1)).toEqual({ channel: 'reminders/lock-state', payload: { locked: true } })
    actions.value = [action(1), action(2)]
    await settle()
    expect(syncs()).toHaveLength(1)
  })

  it('keeps an action’s opaque id from one run to the next through the encrypted store', async () => {
    const fake = fakeSource([action(1)])
    useRemindersStore().connect(fake.source)
    await settle()
    setActivePinia(createPinia())
    useRemindersStore().connect(fake.source)
    await settle()
    // A new store (a new run) sends the same list again, under the same id.
    const ids = syncs().map((c) => (c.payload.reminders as { id: string }[])[0]?.id)
    expect(ids).toHaveLength(2)
    expect(ids[1]).toBe(ids[0])
  })

  it('follows a notification click to the card it is about', async () => {
    const store = useRemindersStore()
    emit('reminders/open', { opportunityId: 'opp-9', actionId: 'chase:1' })
    expect(store.openRequest).toEqual({ opportunityId: 'opp-9', actionId: 'chase:1' })
    store.opened()
    expect(store.openRequest).toBeNull()
  })

  it('exports calendar items that name only the company and the action by default', async () => {
    const store = useRemindersStore()
    const draft = { to: '', subject: 'Following up', body: 'Hello again', edited: false }
    store.connect(fakeSource([action(1, { draft })]).source)
    await settle()
    expect(await store.exportCalendar()).toBe(true)
    expect(calls.at(-1)?.payload).toEqual({
      items: [
        {
          id: expect.any(String),
          dueAt: action(1).dueAt,
          changedAt: action(1).changedAt,
          title: 'Canary Ltd · Thank Dana 1',
          description: 'Canary Ltd: Thank Dana 1',
        },
      ],
    })
  })

  it('puts the draft in the description once the user turns that on', async () => {
    const store = useRemindersStore()
    const draft = { to: '', subject: 'Following up', body: 'Hello again', edited: false }
    store.connect(fakeSource([action(1, { draft })]).source)
    await settle()
    await store.setPreferences({ draftsInCalendar: true })
    expect(await store.exportCalendar()).toBe(true)
    expect(calls.at(-1)?.payload).toMatchObject({
      items: [{ description: 'Following up\n\nHello again' }],
    })
  })
})
