/**
 * A stand-in for main behind `window.afterview`, for the renderer's component tests: built with
 * the real bridge factory, it records every call and answers the reminder channels the way main's
 * handlers do.
 */
import { createHostBridge } from '@shared/ipc/bridge'
import { defaultNotifyPreferences, type NotifyPreferences } from '@shared/ipc/reminders'

/** One call the renderer made. */
export interface Call {
  channel: string
  payload: Record<string, unknown>
}

/** What a test inspects and drives. */
export interface FakeHost {
  calls: Call[]
  /** Pushes an event as main would. */
  emit(event: string, payload: unknown): void
  preferences(): NotifyPreferences
}

/** Installs a fresh fake main as `window.afterview`. */
export function installFakeHost(): FakeHost {
  const calls: Call[] = []
  let prefs: NotifyPreferences = { ...defaultNotifyPreferences }
  const listeners = new Set<(e: string, p: unknown) => void>()
  window.afterview = createHostBridge({
    async invoke(channel, payload) {
      calls.push({ channel, payload: payload as Record<string, unknown> })
      if (channel === 'notify/get-preferences') return { ok: true, value: prefs }
      if (channel === 'notify/set-preferences') {
        prefs = { ...prefs, ...(payload as object) }
        return { ok: true, value: prefs }
      }
      if (channel === 'reminders/sync') return { ok: true, value: { overdue: 0 } }
      if (channel === 'reminders/export-ics') return { ok: true, value: { saved: true } }
      return { ok: true, value: null }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  })
  return {
    calls,
    emit: (e, p) => listeners.forEach((l) => l(e, p)),
    preferences: () => prefs,
  }
}
