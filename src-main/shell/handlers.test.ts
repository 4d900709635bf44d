import { afterEach, describe, expect, it } from 'vitest'
import { MAX_EXTERNAL_URL_LENGTH } from '@shared/ipc/urls'
import { buildHandlers } from '../ipc/handlers'
import { USER_GESTURE_MS } from '../security/userGesture'
import { linkOpener } from './links'
import { dispatch } from '../ipc/dispatch'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'

let current: TestPorts | null = null

/** Ports and handlers, with a click in the window just now (links need one). */
async function setUp() {
  current = await createTestPorts()
  current.userInput()
  const links = linkOpener(current.ports)
  return { t: current, links, table: buildHandlers(current.ports, undefined, links) }
}

afterEach(async () => {
  await current?.dispose()
  current = null
})

describe('shell/open-external', () => {
  it('opens an https: page through the shell port, normalised', async () => {
    const { t, table } = await setUp()
    const answer = await dispatch(table, 'shell/open-external', {
      url: 'HTTPS://Jobs.Example.com/advert/42',
    })
    expect(answer).toEqual({ ok: true, value: null })
    expect(t.opened).toEqual(['https://jobs.example.com/advert/42'])
  })

  it('opens a mailto: draft', async () => {
    const { t, table } = await setUp()
    const url = 'mailto:jo@example.com?subject=Thank%20you'
    expect(await dispatch(table, 'shell/open-external', { url })).toEqual({ ok: true, value: null })
    expect(t.opened).toEqual([url])
  })

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/',
    'https://user:secret@example.com/',
    'mailto:jo@example.com?attach=/etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
  ])('refuses %s with refused-url and opens nothing', async (url) => {
    const { t, table } = await setUp()
    const answer = await dispatch(table, 'shell/open-external', { url })
    expect(answer).toEqual({
      ok: false,
      error: { kind: 'refused-url', message: expect.any(String) },
    })
    // The refusal does not echo the URL back (it may be hostile text).
    if (!answer.ok) expect(answer.error.message).not.toContain(url)
    expect(t.opened).toEqual([])
  })

  it.each([
    ['no url', {}],
    ['a url that is not a string', { url: 42 }],
    ['an extra field', { url: 'https://example.com', path: '/etc/passwd' }],
    ['a url over the limit', { url: `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}` }],
  ])('refuses a payload with %s as invalid', async (_name, payload) => {
    const { t, table } = await setUp()
    const answer = await dispatch(table, 'shell/open-external', payload)
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    expect(t.opened).toEqual([])
  })

  it('opens three links in ten seconds, refuses the rest as rate-limited, then opens again', async () => {
    const { t, table } = await setUp()
    const urls = [1, 2, 3, 4, 5].map((n) => `https://jobs.example.com/advert/${n}`)
    const kinds = []
    for (const url of urls) {
      const answer = await dispatch(table, 'shell/open-external', { url })
      kinds.push(answer.ok ? 'opened' : answer.error.kind)
    }
    expect(kinds).toEqual(['opened', 'opened', 'opened', 'rate-limited', 'rate-limited'])
    expect(t.opened).toEqual(urls.slice(0, 3))
    t.advance(10_000)
    t.userInput()
    const later = await dispatch(table, 'shell/open-external', { url: urls[4] })
    expect(later).toEqual({ ok: true, value: null })
  })

  it('opens nothing without a click or a key in the last five seconds, and keeps the allowance', async () => {
    const { t, table } = await setUp()
    const url = 'https://jobs.example.com/advert/7'
    t.advance(USER_GESTURE_MS + 1)
    for (let i = 0; i < 5; i++) {
      const answer = await dispatch(table, 'shell/open-external', { url })
      expect(answer).toMatchObject({ ok: false, error: { kind: 'no-user-gesture' } })
    }
    expect(t.opened).toEqual([])
    // The refusals used none of the three links a person may open in ten seconds.
    t.userInput()
    for (let i = 0; i < 3; i++) {
      expect(await dispatch(table, 'shell/open-external', { url })).toEqual({
        ok: true,
        value: null,
      })
    }
  })

  it('shares one allowance with the window-open guard, so neither path goes round the limit', async () => {
    const { t, links, table } = await setUp()
    // Two links the page tried to open in new windows (the guard hands them to the opener).
    await links.open('https://jobs.example.com/a')
    await links.open('mailto:jo@example.com')
    expect(
      await dispatch(table, 'shell/open-external', { url: 'https://jobs.example.com/b' }),
    ).toEqual({
      ok: true,
      value: null,
    })
    const fourth = await dispatch(table, 'shell/open-external', {
      url: 'https://jobs.example.com/c',
    })
    expect(fourth).toMatchObject({ ok: false, error: { kind: 'rate-limited' } })
    await expect(links.open('https://jobs.example.com/d')).rejects.toMatchObject({
      kind: 'rate-limited',
    })
    expect(t.opened).toHaveLength(3)
  })
})
