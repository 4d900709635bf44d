import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { RecordDoc, type RecordValue } from './recordDoc'
import { holdsText } from '../../tests/support/syncKit'

const NOTE = 'Rückruf bei Małgorzata Wiśniewska-Þórsdóttir wegen des Gegenangebots'
const application: RecordValue = {
  company: 'Ærøskøbing Fjordlight Analytics',
  stage: 'interviewed',
  notes: NOTE,
  advert: { text: 'Senior designer', terms: { pay: { min: 5_500_000, currency: 'DKK' } } },
  rounds: [{ id: 'r1', interviewers: ['Zoë Kowalczyk', 'Ngozi Adébáyọ̀', 'Seán Ó Briain'] }],
}
const TABLE = 'opportunities'
const A = 'a'.repeat(32)
const B = 'b'.repeat(32)

function exchange(a: RecordDoc, b: RecordDoc): void {
  const fromA = a.encodeState()
  const fromB = b.encodeState()
  a.apply(fromB)
  b.apply(fromA)
}

function pair(): [RecordDoc, RecordDoc] {
  const a = new RecordDoc(() => A)
  a.put(TABLE, 'opp-1', application)
  a.put(TABLE, 'opp-2', { ...application, notes: 'kept' })
  const b = new RecordDoc(() => B, a.encodeState())
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
    const [a, b] = pair()
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
    expect(holdsText(state, 'Ærøskøbing')).toBe(true) // opp-2's company is still there
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
    const [a, b] = pair()
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
    const [a, b] = pair()
    const stamp = (doc: RecordDoc) => doc.heldDeletes()[0]?.stamp
    a.remove(TABLE, 'opp-1')
    const first = stamp(a)!
    b.put(TABLE, 'opp-1', { ...application, stage: 'offer' })
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
    const [a, b] = pair()
    a.remove(TABLE, 'opp-1')
    exchange(a, b)
    // b saves the deleted record (a stale editor's save): causally after the delete.
    b.put(TABLE, 'opp-1', { ...application, stage: 'offer' })
    expect(purgeAll(a)).toBe(1)
    exchange(a, b)
    const kept = { ...application, stage: 'offer' }
    expect(a.table(TABLE).records.find((r) => r.id === 'opp-1')?.value).toEqual(kept)
    expect(b.get(TABLE, 'opp-1')).toEqual(kept)
    expect(a.table(TABLE).conflicts).toEqual([])
  })

  it('reads a late change to a purged record as nothing, never as half a record', () => {
    const [a, b] = pair()
    const vector = b.stateVector()
    // b edits one field while a deletes (a change that should have been merged first).
    b.put(TABLE, 'opp-1', { ...application, stage: 'offer' })
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
