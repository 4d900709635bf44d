import { describe, expect, it } from 'vitest'
import type { UpdateState } from '@shared/ipc/contract'
import { updateCheckHint, updateStatusText } from './updateText'

const state = (status: UpdateState['status']): UpdateState => ({
  configured: true,
  allowed: true,
  currentVersion: '1.4.2',
  lastCheckedAt: Date.parse('2025-11-28T17:05:00Z'),
  status,
})

describe('the words of Settings › Updates', () => {
  it('says plainly what a check sends, with the version it would send', () => {
    const hint = updateCheckHint({ currentVersion: '1.4.2' })
    expect(hint).toContain('which version you have (1.4.2) and your operating system')
    expect(hint).toContain('internet address')
    expect(hint).toContain('Nothing about your job search is sent')
    expect(hint).toContain('installs only when you choose to restart')
  })

  it('words every status, the failure in main’s own sentence', () => {
    expect(updateStatusText(state({ kind: 'idle' }))).toBeNull()
    expect(updateStatusText(state({ kind: 'checking' }))).toBe('Checking for a new version…')
    expect(updateStatusText(state({ kind: 'up-to-date' }))).toBe(
      'You have the newest version, 1.4.2.',
    )
    expect(updateStatusText(state({ kind: 'downloading', version: '2.0.0-rc.1' }))).toBe(
      'Version 2.0.0-rc.1 is available and is downloading.',
    )
    expect(updateStatusText(state({ kind: 'downloaded', version: '1.5.0' }))).toMatch(
      /^Version 1\.5\.0 is ready\. Restart Afterview to install it/,
    )
    const message = 'Afterview could not reach its update address. It will try again tomorrow.'
    expect(updateStatusText(state({ kind: 'failed', message }))).toBe(message)
  })
})
