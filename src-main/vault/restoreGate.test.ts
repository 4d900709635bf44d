import { describe, expect, it } from 'vitest'
import { HostError } from '@shared/ipc/errors'
import { RESTORE_WINDOW_MS, restoreGate } from './restoreGate'

const MORNING = Date.parse('2026-11-30T09:15:00Z')

function kindOf(run: () => void): string | null {
  try {
    run()
    return null
  } catch (error) {
    return error instanceof HostError ? error.kind : 'not a HostError'
  }
}

describe('restoreGate', () => {
  it('refuses writes before any backup was chosen', () => {
    const gate = restoreGate({ now: () => MORNING })
    expect(kindOf(() => gate.take(1))).toBe('not-in-restore')
  })

  it('allows up to the backup’s size in bytes, then refuses as too-large', () => {
    const gate = restoreGate({ now: () => MORNING })
    gate.open(1_000)
    expect(kindOf(() => gate.take(600))).toBeNull()
    expect(kindOf(() => gate.take(401))).toBe('too-large')
    // A refusal counts nothing: what is left can still be written.
    expect(kindOf(() => gate.take(400))).toBeNull()
    expect(kindOf(() => gate.take(1))).toBe('too-large')
  })

  it('closes once its window has passed', () => {
    const clock = { at: MORNING, now: () => clock.at }
    const gate = restoreGate(clock)
    gate.open(1_000)
    clock.at += RESTORE_WINDOW_MS
    expect(kindOf(() => gate.take(10))).toBeNull()
    clock.at += 1
    expect(kindOf(() => gate.take(10))).toBe('not-in-restore')
  })

  it('starts a fresh budget when another backup is chosen', () => {
    const gate = restoreGate({ now: () => MORNING })
    gate.open(100)
    gate.take(100)
    gate.open(50)
    expect(kindOf(() => gate.take(50))).toBeNull()
  })
})
