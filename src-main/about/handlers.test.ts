import { afterEach, describe, expect, it } from 'vitest'
import { buildHandlers } from '../ipc/handlers'
import { dispatch } from '../ipc/dispatch'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'

let current: TestPorts | null = null

async function tableWith(systemLocales: readonly string[]) {
  current = await createTestPorts({ overrides: { systemLocales } })
  return buildHandlers(current.ports)
}

afterEach(async () => {
  await current?.dispose()
  current = null
})

describe('app/system-locale', () => {
  it("answers the OS's regional format, canonicalised", async () => {
    const table = await tableWith(['en-us', 'en-GB'])
    expect(await dispatch(table, 'app/system-locale', {})).toEqual({
      ok: true,
      value: { locale: 'en-US' },
    })
  })

  it('falls back to the first preferred language Intl can format in', async () => {
    const table = await tableWith(['C', 'xx-YY', 'de_AT.UTF-8', 'en-GB'])
    expect(await dispatch(table, 'app/system-locale', {})).toEqual({
      ok: true,
      value: { locale: 'de-AT' },
    })
  })

  it('answers British English when the OS gives nothing usable', async () => {
    const table = await tableWith([])
    expect(await dispatch(table, 'app/system-locale', {})).toEqual({
      ok: true,
      value: { locale: 'en-GB' },
    })
  })

  it('refuses a request with anything in it', async () => {
    const table = await tableWith(['en-GB'])
    const answer = await dispatch(table, 'app/system-locale', { locale: 'fr-FR' })
    expect(answer.ok).toBe(false)
  })
})
