/**
 * The reminder scheduler: decides when an OS notification shows and what it says. Pure of
 * Electron: time, timers, the notifier, the badge, the window and the event channel are injected.
 *
 * What it knows depends on the vault: while locked (and after every start) it holds only opaque
 * ids and due instants, so its notifications are generic. While unlocked the renderer may add a
 * title and body (only when the user allows details) and the card a click opens.
 */
import type { Reminder, NotifyPreferences } from '@shared/ipc/reminders'
import { systemTimeZone } from '@shared/domain/zoned'
import { quietHoursEnd } from '@shared/reminders/quietHours'
import { detailedText, genericText, summaryText } from '@shared/reminders/text'
import type { Ports } from '../ports'
import type { StoredReminder } from './reminderFile'

/** Longest single wait: the scheduler re-checks at least this often, so clock jumps heal. */
const MAX_WAIT_MS = 60 * 60_000
/** Reminders older than this when shown are "missed" and summarised as such. */
const MISSED_AFTER_MS = 5 * 60_000

interface Entry extends StoredReminder {
  title?: string
  body?: string
  opportunityId?: string
  actionId?: string
}

/** What the scheduler is built from. */
export interface SchedulerDeps extends Pick<
  Ports,
  'clock' | 'timer' | 'notifier' | 'badge' | 'window' | 'events'
> {
  /** Where the opaque ids and due instants survive a restart. */
  file: { load(): Promise<StoredReminder[]>; save(reminders: StoredReminder[]): Promise<void> }
  preferences(): NotifyPreferences
}

/** Schedules reminders; see the file comment. */
export class ReminderScheduler {
  private readonly entries = new Map<string, Entry>()
  private locked = true
  private timer: unknown = null
  private pendingOpen: string | null = null
  private saving: Promise<void> = Promise.resolve()
  /** Reports a failure nobody awaits (a save started by a timer). */
  onError: (error: unknown) => void = () => {}

  constructor(private readonly deps: SchedulerDeps) {}

  /** Loads what survived the last run, then shows what came due meanwhile as one summary. */
  async start(): Promise<void> {
    for (const stored of await this.deps.file.load()) this.entries.set(stored.id, { ...stored })
    this.locked = true
    await this.check()
  }

  /**
   * Replaces the schedule with the renderer's list of upcoming actions. An action already known
   * with the same due instant keeps its "shown" mark, so a re-sync never notifies twice; a new
   * due instant still to come (a snooze, a changed date) makes it come again.
   */
  async sync(reminders: Reminder[]): Promise<{ overdue: number }> {
    const before = this.snapshot()
    const now = this.deps.clock.now()
    const next = new Map<string, Entry>()
    for (const r of reminders) {
      const known = this.entries.get(r.id)
      const entry: Entry = {
        id: r.id,
        dueAt: r.dueAt,
        overdueAt: Math.max(r.overdueAt ?? r.dueAt, r.dueAt),
        // Moved to another instant already past (a re-plan), it was still seen: no repeat. New
        // and already due while unlocked, the user made it just now (an interview typed in late)
        // and sees it on Today: a "while you were away" notice would say what is not so.
        shown: known
          ? known.shown === true && (known.dueAt === r.dueAt || r.dueAt <= now)
          : !this.locked && r.dueAt <= now,
      }
      if (!this.locked) {
        entry.title = r.title
        entry.body = r.body
        entry.opportunityId = r.opportunityId
        entry.actionId = r.actionId
      }
      next.set(r.id, entry)
    }
    this.entries.clear()
    for (const [id, entry] of next) this.entries.set(id, entry)
    if (this.snapshot() !== before) await this.persist()
    this.openPending()
    await this.check()
    return { overdue: this.overdue() }
  }

  /** The vault locked: forget every detail, keep only ids and due instants. */
  lock(): void {
    this.locked = true
    for (const entry of this.entries.values()) {
      delete entry.title
      delete entry.body
      delete entry.opportunityId
      delete entry.actionId
    }
  }

  /** The vault unlocked; details arrive with the renderer's next sync. */
  unlock(): void {
    this.locked = false
  }

  /** True while main holds no details. */
  isLocked(): boolean {
    return this.locked
  }

  /** The computer woke: what came due while it slept shows as one summary. */
  async resume(): Promise<void> {
    await this.check()
  }

  /** How many actions are past their deadline now: the badge count. */
  overdue(): number {
    const now = this.deps.clock.now()
    let count = 0
    for (const entry of this.entries.values()) if (entry.overdueAt < now) count++
    return count
  }

  /** Stops the timer and waits for the last save (the app is quitting, or a test is over). */
  async idle(): Promise<void> {
    this.stop()
    await this.saving.catch(() => {})
  }

  /** Stops the timer. */
  stop(): void {
    if (this.timer !== null) this.deps.timer.clear(this.timer)
    this.timer = null
  }

  /**
   * Shows what is due and not yet shown (unless quiet hours hold), updates the badge and sets the
   * timer for the next moment anything changes.
   */
  async check(): Promise<void> {
    this.stop()
    const now = this.deps.clock.now()
    const { quietHours } = this.deps.preferences()
    const quietUntil = quietHoursEnd(now, quietHours, this.timeZone())
    const due = [...this.entries.values()].filter((e) => !e.shown && e.dueAt <= now)
    const showNow = due.length > 0 && quietUntil === null
    if (showNow) {
      this.notify(due, now)
      for (const entry of due) entry.shown = true
    }
    this.deps.badge.setCount(this.overdue())

    // Wake for the next notification, or for the next deadline so the badge follows it.
    const waiting = [...this.entries.values()].flatMap((e) => [
      ...(e.shown ? [] : [e.dueAt]),
      ...(e.overdueAt >= now ? [e.overdueAt + 1] : []),
    ])
    if (waiting.length > 0) {
      const wakeAt = due.length > 0 && quietUntil !== null ? quietUntil : Math.min(...waiting)
      const delay = Math.min(Math.max(wakeAt - now, 0), MAX_WAIT_MS)
      this.timer = this.deps.timer.set(() => {
        this.check().catch((error: unknown) => this.onError(error))
      }, delay)
    }
    if (showNow) await this.persist()
  }

  private notify(due: Entry[], now: number): void {
    const ids = due.map((e) => e.id)
    const onClick = () => this.clicked(ids)
    const [only] = due
    if (due.length === 1 && only) {
      const details = !this.locked && this.deps.preferences().detailedNotifications
      const text =
        details && only.title ? detailedText(only.title, only.body) : genericText(1, this.locked)
      this.deps.notifier.show(text, onClick)
      return
    }
    const missed = due.some((e) => now - e.dueAt > MISSED_AFTER_MS)
    const text = missed
      ? summaryText(due.length, this.locked)
      : genericText(due.length, this.locked)
    this.deps.notifier.show(text, onClick)
  }

  /** A click: bring the window forward and open the card, or remember it until unlock. */
  private clicked(ids: string[]): void {
    this.deps.window.show()
    const [id] = ids
    if (ids.length !== 1 || !id) return
    this.pendingOpen = id
    this.openPending()
  }

  private openPending(): void {
    if (this.pendingOpen === null || this.locked) return
    const entry = this.entries.get(this.pendingOpen)
    this.pendingOpen = null
    if (!entry?.opportunityId || !entry.actionId) return
    this.deps.events.send('reminders/open', {
      opportunityId: entry.opportunityId,
      actionId: entry.actionId,
    })
  }

  private timeZone(): string {
    return this.deps.clock.timeZone?.() ?? systemTimeZone()
  }

  private snapshot(): string {
    return JSON.stringify(this.stored())
  }

  private stored(): StoredReminder[] {
    return [...this.entries.values()]
      .map(({ id, dueAt, overdueAt, shown }) => ({ id, dueAt, overdueAt, shown }))
      .sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id))
  }

  /** Writes one after another, so the file always ends with the latest state. */
  private persist(): Promise<void> {
    const list = this.stored()
    this.saving = this.saving.catch(() => {}).then(() => this.deps.file.save(list))
    return this.saving
  }
}
