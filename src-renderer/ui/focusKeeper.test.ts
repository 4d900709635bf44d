import { afterEach, describe, expect, it } from 'vitest'
import { keepFocus } from './focusKeeper'

let stop = (): void => {}
afterEach(() => {
  stop()
  document.body.replaceChildren()
})

/** An element with an id and children (text for a string). */
function el(tag: string, id: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag)
  if (id) e.id = id
  e.append(...children)
  return e
}

/** A shell with a screen holding a heading and a list of two items, each with a button. */
function page() {
  document.body.append(
    el(
      'div',
      'shell',
      el('nav', '', el('button', 'nav', 'Board')),
      el(
        'main',
        'main',
        el(
          'section',
          'screen',
          el('h1', 'title', 'Acme Ltd'),
          el(
            'ol',
            'list',
            el('li', 'one', el('button', 'done1', 'Mark done')),
            el('li', 'two', el('button', 'done2', 'Mark done')),
          ),
        ),
      ),
    ),
  )
  const $ = (id: string) => document.getElementById(id)!
  stop = keepFocus($('shell'), $('main'), () => $('main').querySelector('h1'))
  return $
}

/**
 * Resolves once the page's observers have been told of the next change under `#shell`: observers
 * are called in the order they were made, so by then the keeper, made first, has done its part.
 * Call it before the change.
 */
function changeSeen(): Promise<void> {
  return new Promise((done) => {
    const observer = new MutationObserver(() => {
      observer.disconnect()
      done()
    })
    observer.observe(document.getElementById('shell')!, { childList: true, subtree: true })
  })
}

describe('keeping the keyboard’s place', () => {
  it('moves focus to the nearest control still there when the focused one goes', async () => {
    const $ = page()
    $('done1').focus()
    const seen = changeSeen()
    $('one').remove()
    await seen
    expect(document.activeElement).toBe($('done2'))
  })

  it('goes to the screen’s heading when the whole screen is replaced', async () => {
    const $ = page()
    $('done1').focus()
    const heading = el('h1', '', 'Board')
    heading.tabIndex = -1
    const next = el('section', '', heading, el('button', '', 'Acme Ltd'))
    const seen = changeSeen()
    $('screen').replaceWith(next)
    await seen
    expect(document.activeElement).toBe(heading)
  })

  it('leaves focus alone when it was not lost', async () => {
    const $ = page()
    $('nav').focus()
    const seen = changeSeen()
    $('one').remove()
    await seen
    expect(document.activeElement).toBe($('nav'))
  })
})
