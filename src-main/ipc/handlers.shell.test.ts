import { afterEach, describe, expect, it } from 'vitest'
import { buildHandlers } from './handlers'
import { dispatch } from './dispatch'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'

let current: TestPorts | null = null

async function setUp() {
  current = await createTestPorts()
  return { t: current, table: buildHandlers(current.ports) }
}

afterEach(async () => {
  await current?.dispose()
  current = null
})

describe('shell/open-external', () => {
  it('opens a mailto: draft and an https: page through the shell port', async () => {
    const { t, table } = await setUp()
    const mail = 'mailto:jo@example.com?subject=Thank%20you'
    expect(await dispatch(table, 'shell/open-external', { url: mail })).toEqual({
      ok: true,
      value: null,
    })
    await dispatch(table, 'shell/open-external', { url: 'https://example.com/advert' })
    expect(t.opened).toEqual([mail, 'https://example.com/advert'])
  })

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/', 'ms-msdt:/id x'])(
    'refuses %s and opens nothing',
    async (url) => {
      const { t, table } = await setUp()
      const answer = await dispatch(table, 'shell/open-external', { url })
      expect(answer).toMatchObject({ ok: false, error: { kind: 'refused-url' } })
      expect(t.opened).toEqual([])
    },
  )

  it('refuses an extra field as an invalid payload', async () => {
    const { t, table } = await setUp()
    const answer = await dispatch(table, 'shell/open-external', { url: 'https://a.example', x: 1 })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    expect(t.opened).toEqual([])
  })
})
