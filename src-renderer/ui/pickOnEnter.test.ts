import { describe, expect, it } from 'vitest'
import { pickOnEnter } from './pickOnEnter'

const key = (k: string, more: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: k, ...more })

function harness() {
  const log: string[] = []
  const pick = pickOnEnter(
    () => log.push('act'),
    () => log.push('reset'),
  )
  return { log, pick }
}

describe('a select that acts on a pick', () => {
  it('does not act on each arrow step, only on Enter', () => {
    const { log, pick } = harness()
    pick.onKeydown(key('ArrowDown'))
    pick.onChange()
    pick.onKeydown(key('ArrowDown'))
    pick.onChange()
    expect(log).toEqual([])
    pick.onKeydown(key('Enter'))
    expect(log).toEqual(['act'])
  })

  it('acts at once on a pick from the open list, as with the mouse', () => {
    const { log, pick } = harness()
    pick.onChange()
    pick.onKeydown(key('ArrowDown', { altKey: true }))
    pick.onChange()
    expect(log).toEqual(['act', 'act'])
  })

  it('puts the select back when the keyboard leaves without Enter', () => {
    const { log, pick } = harness()
    pick.onKeydown(key('End'))
    pick.onChange()
    pick.onBlur()
    expect(log).toEqual(['reset'])
    pick.onKeydown(key('Enter'))
    expect(log).toEqual(['reset'])
  })
})
