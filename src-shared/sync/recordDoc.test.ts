import { describe, expect, it } from 'vitest'
import { RecordDoc, type RecordValue } from './recordDoc'
import { flatten, unflatten } from './paths'

const application: RecordValue = {
  company: 'Ærøskøbing Fjordlight Analytics',
  stage: 'interviewed',
  advert: { text: 'Senior designer', terms: { pay: { min: 5_500_000, currency: 'DKK' } } },
  actions: {},
  rounds: [{ id: 'r1', interviewers: ['Zoë Kowalczyk', 'Ngozi Adébáyọ̀', 'Seán Ó Briain'] }],
}

/** Two devices' copies, each knowing the other's state. */
function exchange(a: RecordDoc, b: RecordDoc): void {
  const fromA = a.encodeState()
  const fromB = b.encodeState()
  a.apply(fromB)
  b.apply(fromA)
}

function pair(): [RecordDoc, RecordDoc] {
  const a = new RecordDoc(() => 'a'.repeat(32))
  a.put('opportunities', 'opp-1', application)
  const b = new RecordDoc(() => 'b'.repeat(32), a.encodeState())
  return [a, b]
}

describe('record paths', () => {
  it('reads back every record it flattens, empty objects and lists included', () => {
    expect(unflatten(flatten(application))).toEqual(application)
  })

  it('hides what lies below a leaf, so a record replaced by null reads as null', () => {
    const entries = flatten(application)
    entries.set(JSON.stringify(['advert']), null)
    expect(unflatten(entries)?.advert).toBeNull()
  })
})

describe('merging records', () => {
  it('keeps concurrent edits of different fields, and of different actions of one record', () => {
    const [a, b] = pair()
    a.put('opportunities', 'opp-1', { ...application, stage: 'offer', actions: { x: 'done' } })
    b.put('opportunities', 'opp-1', {
      ...application,
      advert: { ...(application.advert as RecordValue), text: 'Lead designer' },
      actions: { y: 'skipped' },
    })
    exchange(a, b)
    const merged = a.table('opportunities').records[0]!.value
    expect(merged.stage).toBe('offer')
    expect((merged.advert as RecordValue).text).toBe('Lead designer')
    expect(merged.actions).toEqual({ x: 'done', y: 'skipped' })
    expect(b.table('opportunities')).toEqual(a.table('opportunities'))
  })

  it('resolves one field edited on two devices the same way on both', () => {
    const [a, b] = pair()
    a.put('opportunities', 'opp-1', { ...application, stage: 'offer' })
    b.put('opportunities', 'opp-1', { ...application, stage: 'rejected' })
    exchange(a, b)
    const stage = a.table('opportunities').records[0]!.value.stage
    expect(['offer', 'rejected']).toContain(stage)
    expect(b.table('opportunities').records[0]!.value.stage).toBe(stage)
  })

  it('counts the same action marked done on two devices once', () => {
    const [a, b] = pair()
    a.put('opportunities', 'opp-1', { ...application, actions: { thank: 'done' } })
    b.put('opportunities', 'opp-1', { ...application, actions: { thank: 'done' } })
    exchange(a, b)
    expect(a.table('opportunities').records[0]!.value.actions).toEqual({ thank: 'done' })
  })

  it('drops a record deleted where every edit was seen', () => {
    const [a, b] = pair()
    b.put('opportunities', 'opp-1', { ...application, stage: 'offer' })
    exchange(a, b)
    a.remove('opportunities', 'opp-1')
    exchange(a, b)
    expect(b.table('opportunities')).toEqual({ records: [], conflicts: [] })
    expect(b.conflicts('opportunities')).toEqual([])
  })

  it('shows a record deleted on one device and edited on another as a conflict, with the edit', () => {
    const [a, b] = pair()
    a.remove('opportunities', 'opp-1')
    b.put('opportunities', 'opp-1', { ...application, stage: 'offer' })
    exchange(a, b)
    for (const doc of [a, b]) {
      const { records, conflicts } = doc.table('opportunities')
      expect(records).toEqual([])
      expect(conflicts).toHaveLength(1)
      expect(conflicts[0]!.value.stage).toBe('offer')
      expect(conflicts[0]!.deletedBy).toBe('a'.repeat(32))
      // Read alone, without the table's other records, the conflicts are the same.
      expect(doc.conflicts('opportunities')).toEqual(conflicts)
    }
    // Keeping it is a save: the record is back, everywhere.
    b.put('opportunities', 'opp-1', conflicts(b)[0]!.value)
    exchange(a, b)
    expect(a.table('opportunities').records.map((r) => r.id)).toEqual(['opp-1'])
  })

  it('merges updates in any order, more than once, holding changes whose earlier ones are late', () => {
    const a = new RecordDoc(() => 'a'.repeat(32))
    a.put('opportunities', 'opp-1', application)
    const first = a.encodeState()
    const vector = a.stateVector()
    a.put('opportunities', 'opp-1', { ...application, stage: 'offer' })
    const second = a.encodeSince(vector)
    const b = new RecordDoc(() => 'b'.repeat(32))
    b.apply(second)
    expect(b.hasWaitingChanges()).toBe(true)
    expect(b.table('opportunities').records).toEqual([])
    b.apply(first)
    b.apply(second)
    expect(b.hasWaitingChanges()).toBe(false)
    expect(b.table('opportunities')).toEqual(a.table('opportunities'))
  })

  it('refuses a table or id that could not be a record name', () => {
    const a = new RecordDoc(() => 'a'.repeat(32))
    expect(() => a.put('opportunities', 'a/b', application)).toThrow(RangeError)
  })
})

function conflicts(doc: RecordDoc) {
  return doc.table('opportunities').conflicts
}
