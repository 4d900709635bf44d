/**
 * IPC fuzzing: every channel of the contract (new channels are picked up from `channels`) gets
 * random, hostile and malformed payloads through the real handler table. Each call must answer
 * with a Wire value (a result or a typed error, never 'internal'), nothing may throw, nothing may
 * be written outside the data folder, and only checked URLs may reach the OS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { channels, isChannel, requestSchemas } from '@shared/ipc/contract'
import { isWire, type HostErrorKind } from '@shared/ipc/errors'
import { parseExternalUrl } from '@shared/ipc/urls'
import { buildHandlers, type HandlerTable } from './handlers'
import { dispatch } from './dispatch'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'
import { hostilePayload, malformedLike, shapedLike } from '../../tests/support/arbitraries'

/** Payloads per channel; the issue asks for at least 1,000. */
const RUNS = 1_000

/** Error kinds a refusal may carry. 'internal' is absent: it means a handler crashed. */
const TYPED_REFUSALS: HostErrorKind[] = [
  'unknown-channel',
  'invalid-payload',
  'cancelled',
  'not-found',
  'too-large',
  'io',
  'refused-url',
  'rate-limited',
  'no-user-gesture',
  'not-in-restore',
  'not-an-attachment',
]

let root: string
let ports: TestPorts
let table: HandlerTable
let before: Map<string, string>
let cwdBefore: string[]
const internalErrors: string[] = []
const counts = new Map<string, { calls: number; ok: number; refused: Record<string, number> }>()

/** Every path under `dir` (except the data folder) with its size and modification time. */
async function snapshot(dir: string, skip: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name)
      if (full === skip) continue
      const info = await stat(full)
      found.set(
        relative(dir, full),
        `${entry.isDirectory() ? 'd' : 'f'}:${info.size}:${info.mtimeMs}`,
      )
      if (entry.isDirectory()) await walk(full)
    }
  }
  await walk(dir)
  return found
}

function record(channel: string, answer: unknown): void {
  const entry = counts.get(channel) ?? { calls: 0, ok: 0, refused: {} }
  entry.calls += 1
  if (isWire(answer)) {
    if (answer.ok) entry.ok += 1
    else entry.refused[answer.error.kind] = (entry.refused[answer.error.kind] ?? 0) + 1
  }
  counts.set(channel, entry)
}

/** Dispatches one call and checks the invariants that hold for every answer. */
async function callAndCheck(channel: unknown, payload: unknown): Promise<void> {
  const answer = await dispatch(table, channel, payload, (ch, error) =>
    internalErrors.push(`${ch}: ${String(error)}`),
  )
  record(isChannel(channel) ? channel : '(random names)', answer)
  expect(isWire(answer)).toBe(true)
  if (!answer.ok) expect(TYPED_REFUSALS).toContain(answer.error.kind)
}

beforeAll(async () => {
  // The data folder sits a few levels down, so a handler that climbed out of it with ../ would
  // land inside the snapshot.
  root = await mkdtemp(join(tmpdir(), 'afterview-fuzz-'))
  const dataDir = join(root, 'a', 'b', 'c', 'data')
  await mkdir(dataDir, { recursive: true })
  ports = await createTestPorts({ dataDir, now: Date.UTC(2026, 10, 21, 9, 30) })
  table = buildHandlers(ports.ports)
  before = await snapshot(root, dataDir)
  cwdBefore = (await readdir(process.cwd())).sort()
})

afterAll(async () => {
  const rows = [...counts].map(([channel, c]) => {
    const refused = Object.entries(c.refused)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')
    return `  ${channel}: ${c.calls} calls, ${c.ok} ok${refused ? `, ${refused}` : ''}`
  })
  console.log(`IPC fuzz counts:\n${rows.join('\n')}`)
  // The ports made a documents folder of their own beside the root.
  await ports.dispose()
  await rm(root, { recursive: true, force: true })
})

describe('IPC fuzzing through the handler table', () => {
  it.each(channels)(
    `%s answers ${RUNS} random and malformed payloads with a Wire value`,
    async (channel) => {
      const schema = requestSchemas[channel] as unknown as Parameters<typeof shapedLike>[0]
      const payloads = fc.oneof(
        { weight: 4, arbitrary: shapedLike(schema) },
        { weight: 3, arbitrary: malformedLike(schema) },
        { weight: 3, arbitrary: hostilePayload },
      )
      await fc.assert(
        fc.asyncProperty(payloads, (payload) => callAndCheck(channel, payload)),
        { numRuns: RUNS },
      )
      expect(counts.get(channel)?.calls).toBeGreaterThanOrEqual(RUNS)
    },
  )

  it(`answers ${RUNS} random channel names with unknown-channel`, async () => {
    const names = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'APP/ABOUT',
        ' app/about',
        'app/about\u0000',
        'app/../shell/open-external',
        'fs/readFile',
        'shell/exec',
        '',
      ),
      fc.constantFrom(...channels).map((c) => `${c}/`),
      hostilePayload,
    )
    await fc.assert(
      fc.asyncProperty(names, hostilePayload, async (name, payload) => {
        fc.pre(!isChannel(name))
        const answer = await dispatch(table, name, payload)
        record('(random names)', answer)
        expect(answer).toMatchObject({ ok: false, error: { kind: 'unknown-channel' } })
      }),
      { numRuns: RUNS },
    )
  })

  it('crashed no handler', () => {
    expect(internalErrors).toEqual([])
  })

  it('wrote nothing outside the data folder', async () => {
    expect(await snapshot(root, join(root, 'a', 'b', 'c', 'data'))).toEqual(before)
    expect((await readdir(process.cwd())).sort()).toEqual(cwdBefore)
  })

  it('handed the OS only URLs that pass the URL check, unchanged', () => {
    for (const url of ports.opened) expect(parseExternalUrl(url)).toBe(url)
  })

  it('left Object.prototype unpolluted', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
