import { describe, expect, it } from 'vitest'
import { describeRestore } from './restoreSummary'

describe('the restore summary', () => {
  it('counts applications and offers in words, and folds the single-row tables into settings', () => {
    expect(
      describeRestore({
        tables: { opportunities: 182, offers: 3, settings: 1, profile: 1, 'vault-settings': 1 },
        attachments: 2,
        unreadable: [],
      }),
    ).toBe('Restored 182 applications, 3 offers, your settings and 2 attachments.')
  })

  it('says how many rows could not be read and where they are listed', () => {
    expect(
      describeRestore({
        tables: { opportunities: 1 },
        attachments: 0,
        unreadable: [
          { table: 'opportunities', id: 'x1', kind: 'corrupt-record' },
          { table: 'offers', id: 'x2', kind: 'unknown-key' },
          { table: 'referees', id: 'x3', kind: 'corrupt-record' },
        ],
      }),
    ).toBe(
      'Restored 1 application. 3 items could not be read; they are kept as they were and listed under “Items that could not be read”.',
    )
  })
})
