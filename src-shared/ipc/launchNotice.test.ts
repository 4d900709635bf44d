import { describe, expect, it } from 'vitest'
import { readLaunchNotice, withLaunchNotice } from './launchNotice'

describe('launch notices', () => {
  it('carries a notice from main’s reload to the lock screen', () => {
    const url = withLaunchNotice('app://afterview/index.html', 'renderer-gone')
    expect(url).toBe('app://afterview/index.html?notice=renderer-gone')
    expect(readLaunchNotice(new URL(url).search)).toBe('renderer-gone')
  })

  it('keeps the dev server’s address and its own query', () => {
    const url = withLaunchNotice('http://localhost:5173/?x=1', 'renderer-gone')
    expect(new URL(url).searchParams.get('x')).toBe('1')
    expect(readLaunchNotice(new URL(url).search)).toBe('renderer-gone')
  })

  it('ignores a missing or unknown notice', () => {
    expect(readLaunchNotice('')).toBeNull()
    expect(readLaunchNotice('?notice=%3Cscript%3E')).toBeNull()
  })
})
