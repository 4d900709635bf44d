import { afterEach, describe, expect, it } from 'vitest'
import { describeFocus, findFocused, placeOf, refocusWhenDrawn } from './returnToPlace'

type Node = [tag: string, attrs?: Record<string, string>, ...children: (Node | string)[]]

/** Builds elements from `[tag, attributes, ...children]` (the lint keeps markup out of strings). */
function build([tag, attrs = {}, ...children]: Node): HTMLElement {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  for (const child of children) el.append(typeof child === 'string' ? child : build(child))
  return el
}

function shellWith(...children: Node[]): HTMLElement {
  const shell = build(['div', {}, ...children])
  document.body.append(shell)
  return shell
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('where focus was', () => {
  it('is described by id, by action, or by place among the nearest identified part', () => {
    const shell = shellWith(
      ['button', { id: 'lock-now' }, 'Lock now'],
      [
        'section',
        { id: 'notes-panel' },
        ['label', {}, 'Notes', ['textarea']],
        ['button', {}, 'Save'],
      ],
      [
        'li',
        { 'data-action-id': 'ab9e4efd04d6986a6', tabindex: '-1' },
        ['button', {}, 'Mark done'],
        ['button', {}, 'Skip'],
      ],
      ['p', {}, 'Acme: ', ['span', { id: 'Priya Shah' }, 'named']],
    )
    const focusOn = (el: Element) => {
      ;(el as HTMLElement).focus()
      return describeFocus(shell)
    }
    expect(focusOn(shell.querySelector('#lock-now')!)).toEqual({ id: 'lock-now' })
    expect(focusOn(shell.querySelector('[data-action-id]')!)).toEqual({
      action: 'ab9e4efd04d6986a6',
    })
    expect(focusOn(shell.querySelectorAll('section button')[0]!)).toEqual({
      within: 'notes-panel',
      index: 1,
    })
    // A button inside an action item with no id of its own: its place among the whole shell's.
    const skip = shell.querySelectorAll('li button')[1]!
    const described = focusOn(skip)!
    expect(described).toEqual({ index: 4 })
    expect(findFocused(shell, described)).toBe(skip)
    // Focus outside the shell is nobody's place.
    const outside = document.createElement('button')
    document.body.append(outside)
    expect(focusOn(outside)).toBeUndefined()
  })

  it('keeps the record only for the detail view and the form', () => {
    const shell = shellWith(['button', {}, 'x'])
    expect(placeOf(shell, { section: 'detail', openId: 'o-1' })).toEqual({
      section: 'detail',
      openId: 'o-1',
    })
    expect(placeOf(shell, { section: 'settings', openId: 'o-1' })).toEqual({ section: 'settings' })
  })
})

describe('focus given back', () => {
  it('waits for the control to be drawn, then focuses it once', async () => {
    const shell = shellWith(['main', { id: 'screen' }])
    const stop = refocusWhenDrawn(shell, { id: 'lock-now' })
    expect(document.activeElement).toBe(document.body)
    shell
      .querySelector('#screen')!
      .append(build(['h1', {}, 'Settings']), build(['button', { id: 'lock-now' }, 'Lock']))
    await Promise.resolve()
    expect(document.activeElement?.id).toBe('lock-now')
    stop()
  })

  it('gives up once the user puts focus somewhere first', async () => {
    const shell = shellWith(['input', { id: 'search' }])
    refocusWhenDrawn(shell, { id: 'lock-now' })
    shell.querySelector<HTMLElement>('#search')!.focus()
    shell.append(build(['button', { id: 'lock-now' }, 'Lock']))
    await Promise.resolve()
    expect(document.activeElement?.id).toBe('search')
  })
})
