import { describe, expect, it } from 'vitest'
import { MAX_RELOADS, rendererGoneAction, WINDOW_MS } from './rendererGone'

const NOW = 1_000_000

describe('rendererGoneAction', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure'])(
    'reloads the app to its lock screen when the page’s process ended: %s',
    (reason) => {
      expect(rendererGoneAction(reason, [], NOW)).toBe('reload')
    },
  )

  it('does nothing on a clean exit', () => {
    expect(rendererGoneAction('clean-exit', [], NOW)).toBe('ignore')
  })

  it('stops reloading a page that keeps dying, and tries again after a quiet minute', () => {
    const times = Array.from({ length: MAX_RELOADS }, (_, i) => NOW - i * 1000)
    expect(rendererGoneAction('crashed', times, NOW)).toBe('give-up')
    expect(rendererGoneAction('crashed', times, NOW + WINDOW_MS)).toBe('reload')
  })
})
