import { describe, expect, it } from 'vitest'
import {
  LOCK_REASONS,
  readLaunchNotice,
  readLockReason,
  withLaunchNotice,
  withLockReason,
} from './launchNotice'

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

describe('lock reasons', () => {
  it('carries why the vault locked to the page main loads afresh, without an old notice', () => {
    const crashed = withLaunchNotice('app://afterview/index.html', 'renderer-gone')
    const url = withLockReason(crashed, 'idle')
    expect(url).toBe('app://afterview/index.html?locked=idle')
    expect(readLockReason(new URL(url).search)).toBe('idle')
    expect(readLaunchNotice(new URL(url).search)).toBeNull()
  })

  it('reads every reason back, and nothing from a missing or unknown one', () => {
    for (const reason of LOCK_REASONS) {
      expect(readLockReason(new URL(withLockReason('http://localhost:5173/', reason)).search)).toBe(
        reason,
      )
    }
    expect(readLockReason('')).toBeNull()
    expect(readLockReason('?locked=everything')).toBeNull()
  })
})
