import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { RecordDoc, type RecordValue } from './recordDoc'
import { flatten, unflatten } from './paths'
import { holdsText } from '../../tests/support/syncKit'

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

const TABLE = 'opportunities'
const NOTE = 'Rückruf bei Małgorzata Wiśniewska-Þórsdóttir wegen des Gegenangebots'

/** Two devices' copies of opp-1 (with a note nobody else has) and opp-2. */
function purgePair(): [RecordDoc, RecordDoc] {
  const [a, b] = pair()
  a.put(TABLE, 'opp-1', { ...application, notes: NOTE })
  a.put(TABLE, 'opp-2', { ...application, company: 'Łódź Mechatronika', notes: 'kept' })
  exchange(a, b)
  return [a, b]
}

/** Every value of every entry a fresh document holds after applying `state`, as text. */
function valuesIn(state: Uint8Array): string {
  const doc = new Y.Doc()
  Y.applyUpdateV2(doc, state)
  const text = [...doc.share.keys()].map((name) => JSON.stringify(doc.getMap(name).toJSON()))
  doc.destroy()
  return text.join('\n')
}

function purgeAll(doc: RecordDoc): number {
  return doc.heldDeletes().filter((row) => doc.purge(row.table, row.id, row.stamp)).length
}

describe('purging a deleted record', () => {
  it('drops its content from every later encoding and reads exactly as before', () => {
    const [a, b] = purgePair()
    a.remove(TABLE, 'opp-1')
    exchange(a, b)
    const before = a.table(TABLE)
    expect(holdsText(a.encodeState(), NOTE)).toBe(true)
    expect(a.heldDeletes()).toEqual([{ table: TABLE, id: 'opp-1', stamp: expect.any(String) }])

    expect(purgeAll(a)).toBe(1)
    expect(a.heldDeletes()).toEqual([])
    expect(a.table(TABLE)).toEqual(before)
    expect(a.get(TABLE, 'opp-1')).toBeUndefined()
    expect(a.get(TABLE, 'opp-2')?.notes).toBe('kept')
    const state = a.encodeState()
    expect(holdsText(state, NOTE)).toBe(false)
    expect(holdsText(state, 'Łódź Mechatronika')).toBe(true) // opp-2 is all there
    // Of opp-1, only its tombstone is left.
    expect(valuesIn(state)).not.toContain('opp-1\\u0000[')
    expect(valuesIn(state)).not.toContain('opp-1\\u0000#edits')
    expect(valuesIn(state)).toContain('opp-1\\u0000#deleted')

    // The other device takes the purge like any change, and forgets the content too.
    exchange(a, b)
    expect(b.table(TABLE)).toEqual(before)
    expect(b.heldDeletes()).toEqual([])
    expect(holdsText(b.encodeState(), NOTE)).toBe(false)
  })

  it('is one purge when two devices purge at once', () => {
    const [a, b] = purgePair()
    a.remove(TABLE, 'opp-1')
    exchange(a, b)
    expect(purgeAll(a)).toBe(1)
    expect(purgeAll(b)).toBe(1)
    exchange(a, b)
    expect(purgeAll(a)).toBe(0)
    expect(a.encodeState()).toEqual(b.encodeState())
    expect(a.table(TABLE)).toEqual(b.table(TABLE))
    expect(holdsText(a.encodeState(), NOTE)).toBe(false)
  })

  it('never purges a delete conflict, nor a record deleted again since it was noted', () => {
    const [a, b] = purgePair()
    const stamp = (doc: RecordDoc) => doc.heldDeletes()[0]?.stamp
    a.remove(TABLE, 'opp-1')
    const first = stamp(a)!
    b.put(TABLE, 'opp-1', { ...application, notes: NOTE, stage: 'offer' })
    exchange(a, b)
    expect(a.table(TABLE).conflicts).toHaveLength(1)
    expect(a.heldDeletes()).toEqual([])
    expect(a.purge(TABLE, 'opp-1', first)).toBe(false)
    expect(a.table(TABLE).conflicts[0]!.value.notes).toBe(NOTE)

    // Deleted again from the conflict: a new tombstone, which the old note does not name.
    a.remove(TABLE, 'opp-1')
    expect(stamp(a)).not.toBe(first)
    expect(a.purge(TABLE, 'opp-1', first)).toBe(false)
    expect(a.purge(TABLE, 'opp-1', stamp(a)!)).toBe(true)
  })

  it('brings back the whole record when another device keeps it while this one purges', () => {
    const [a, b] = purgePair()
    a.remove(TABLE, 'opp-1')
    exchange(a, b)
    // b saves the deleted record (a stale editor's save): causally after the delete.
    b.put(TABLE, 'opp-1', { ...application, notes: NOTE, stage: 'offer' })
    expect(purgeAll(a)).toBe(1)
    exchange(a, b)
    const kept = { ...application, notes: NOTE, stage: 'offer' }
    expect(a.table(TABLE).records.find((r) => r.id === 'opp-1')?.value).toEqual(kept)
    expect(b.get(TABLE, 'opp-1')).toEqual(kept)
    expect(a.table(TABLE).conflicts).toEqual([])
  })

  it('reads a late change to a purged record as nothing, never as half a record', () => {
    const [a, b] = purgePair()
    const vector = b.stateVector()
    // b edits one field while a deletes (a change that should have been merged first).
    b.put(TABLE, 'opp-1', { ...application, notes: NOTE, stage: 'offer' })
    const late = b.encodeSince(vector)
    a.remove(TABLE, 'opp-1')
    expect(purgeAll(a)).toBe(1)
    a.apply(late)
    expect(a.get(TABLE, 'opp-1')).toBeUndefined()
    expect(a.table(TABLE).records.map((r) => r.id)).toEqual(['opp-2'])
    expect(a.table(TABLE).conflicts).toEqual([])
    // What the late change left goes with the next purge.
    expect(purgeAll(a)).toBe(1)
    expect(holdsText(a.encodeState(), 'offer')).toBe(false)
  })
})

function conflicts(doc: RecordDoc) {
  return doc.table('opportunities').conflicts
}
