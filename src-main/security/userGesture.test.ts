import { describe, expect, it } from 'vitest'
import { USER_GESTURE_MS, userGestures } from './userGesture'

function clockAt(start: number) {
  const clock = { t: start, now: () => clock.t }
  return clock
}

describe('userGestures', () => {
  it('knows no gesture before the first click or key', () => {
    expect(userGestures(clockAt(1_000)).recent()).toBe(false)
  })

  it('honours a click, a key or a tap for a few seconds, and no longer', () => {
    for (const type of ['mouseDown', 'rawKeyDown', 'keyDown', 'char', 'touchStart', 'gestureTap']) {
      const clock = clockAt(50_000)
      const gestures = userGestures(clock)
      gestures.noteInput(type)
      clock.t += USER_GESTURE_MS
      expect(gestures.recent()).toBe(true)
      clock.t += 1
      expect(gestures.recent()).toBe(false)
    }
  })

  it('does not count a pointer passing over, a wheel, or a clock set back', () => {
    const clock = clockAt(50_000)
    const gestures = userGestures(clock)
    for (const type of ['mouseMove', 'mouseEnter', 'mouseLeave', 'mouseWheel', 'undefined']) {
      gestures.noteInput(type)
    }
    expect(gestures.recent()).toBe(false)
    gestures.noteInput('mouseDown')
    clock.t -= 60_000
    expect(gestures.recent()).toBe(false)
  })
})
