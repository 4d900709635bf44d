import { describe, expect, it } from 'vitest'
import { backupFileName } from './backupFiles'

describe('backup file names', () => {
  it('are dated on the wall clock of the computer, not in UTC', () => {
    // 23:30 UTC on 21 November 2026 is already the 22nd in Auckland.
    const lateEvening = Date.UTC(2026, 10, 21, 23, 30)
    expect(backupFileName(lateEvening, 'Europe/London')).toBe(
      'Afterview backup 2026-11-21.afterview-backup',
    )
    expect(backupFileName(lateEvening, 'Pacific/Auckland')).toBe(
      'Afterview backup 2026-11-22.afterview-backup',
    )
  })
})
