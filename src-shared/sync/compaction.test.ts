import { describe, expect, it } from 'vitest'
import { notPast } from './compaction'
import type { DeviceFileBody, SeqByDevice } from './deviceFile'

const laptop = 'a'.repeat(32)
const desktop = 'b'.repeat(32)
const tablet = 'c'.repeat(32)
const oldPhone = 'd'.repeat(32)

function said(merged: SeqByDevice): DeviceFileBody {
  return { merged, snapshot: null, removed: {} }
}

describe('whether every live device has merged past a change', () => {
  // The laptop saw a file's last reference go after merging these.
  const at: SeqByDevice = { [laptop]: 12, [desktop]: 7, [oldPhone]: 40 }

  it('names the devices whose device file says less, or that wrote none', () => {
    const peers = new Map([
      [desktop, said({ [laptop]: 12, [oldPhone]: 40 })],
      [tablet, said({ [laptop]: 11, [desktop]: 7, [oldPhone]: 40 })],
    ])
    expect(notPast(at, [desktop, tablet], peers, {})).toEqual([tablet])
    expect(notPast(at, [desktop, tablet, oldPhone], peers, {})).toEqual([tablet, oldPhone])
  })

  it('asks of a removed device’s files only what was merged when it was removed', () => {
    const peers = new Map([[tablet, said({ [laptop]: 12, [desktop]: 9, [oldPhone]: 31 })]])
    expect(notPast(at, [tablet], peers, {})).toEqual([tablet])
    expect(notPast(at, [tablet], peers, { [oldPhone]: 31 })).toEqual([])
  })
})
