/**
 * The IPC fuzzer aimed at main's limits: floods of valid-looking and hostile calls on the
 * channels that reach the OS or the disk, with the clock moving in small random steps. Whatever
 * arrives, no sliding window ever holds more links, start-at-login changes or notifications than
 * its limit, restore writes land only inside a restore main started, and nothing crashes.
 */
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadSodium } from '@shared/vault/sodium'
import { encryptAttachment, newAttachmentKey } from '@shared/vault/attachmentFile'
import { isWire, type HostErrorKind } from '@shared/ipc/errors'
import { requestSchemas } from '@shared/ipc/contract'
import { USER_GESTURE_MS } from '../security/userGesture'
import { buildHandlers } from './handlers'
import { dispatch } from './dispatch'
import { RATE_LIMITS, type RateLimit } from '../security/rateLimit'
import { attachmentsFolder, setAsideFolder } from '../attachments/attachmentFiles'
import { readFileIfPresent } from '../files/readIfPresent'
import { portsToDispose } from '../../tests/support/testPorts'
import { hostilePayload, shapedLike } from '../../tests/support/arbitraries'

const made = portsToDispose()
afterEach(() => made.disposeAll())

const START = Date.UTC(2026, 10, 23, 8, 5)
const CALLS = 600

/** True when no `windowMs` span of `times` holds more than `limit` of them. */
function withinLimit(times: number[], { limit, windowMs }: RateLimit): boolean {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted.every((at, i) => i < limit || at - sorted[i - limit]! >= windowMs)
}

/** Test ports that note when each effect reached the OS, and the kinds every answer carried. */
async function flooded() {
  const effects = {
    links: [] as number[],
    login: [] as number[],
    notices: [] as number[],
    /** When the fuzzer "clicked" in the window. */
    inputs: [] as number[],
  }
  let now = START
  const t = await made.create({
    now: START,
    overrides: {
      clock: { now: () => now, timeZone: () => 'Europe/Paris' },
      shell: { openExternal: async () => void effects.links.push(now) },
      loginItem: { setOpenAtLogin: () => void effects.login.push(now) },
      notifier: { show: () => void effects.notices.push(now) },
    },
  })
  const table = buildHandlers(t.ports)
  const kinds = new Map<string, number>()
  const internal: string[] = []
  const call = async (channel: string, payload: unknown) => {
    const answer = await dispatch(table, channel, payload, (ch, e) =>
      internal.push(`${ch}: ${String(e)}`),
    )
    expect(isWire(answer)).toBe(true)
    const kind = answer.ok ? 'ok' : answer.error.kind
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    return answer
  }
  const step = (ms: number, clicked: boolean) => {
    now += ms
    t.setNow(now)
    if (clicked) {
      t.userInput()
      effects.inputs.push(now)
    }
  }
  return { t, effects, kinds, internal, call, step }
}

/** Prints what a flood tried and how main answered, for the closing note of a change. */
function report(
  name: string,
  f: { kinds: Map<string, number>; effects: Record<string, number[]> },
) {
  const answers = [...f.kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')
  const effects = Object.entries(f.effects)
    .map(([effect, times]) => `${effect} ${times.length}`)
    .join(', ')
  console.log(`IPC limits fuzz, ${name}: ${answers}; reached the OS: ${effects}`)
}

/** Whether the fuzzer clicks in the window before a call: often, not always. */
const clicks = fc.boolean()

/** True when a click came at most USER_GESTURE_MS before `at`. */
function afterInput(at: number, inputs: number[]): boolean {
  return inputs.some((input) => input <= at && at - input <= USER_GESTURE_MS)
}

const validLink = fc
  .tuple(fc.constantFrom('jobs', 'careers', 'emplois'), fc.nat({ max: 9999 }))
  .map(([host, n]) => `https://${host}.société-générale.fr/offre/${n}`)

describe('the IPC fuzzer against main’s limits', () => {
  it(`keeps links within ${RATE_LIMITS.externalLinks.limit} per 10 s over ${CALLS} calls`, async () => {
    const f = await flooded()
    const payload = fc.oneof(
      { weight: 6, arbitrary: validLink.map((url) => ({ url })) },
      { weight: 2, arbitrary: shapedLike(requestSchemas['shell/open-external'] as never) },
      { weight: 2, arbitrary: hostilePayload },
    )
    await fc.assert(
      fc.asyncProperty(payload, fc.nat({ max: 1_500 }), clicks, async (p, ms, clicked) => {
        f.step(ms, clicked)
        await f.call('shell/open-external', p)
      }),
      { numRuns: CALLS },
    )
    // Whatever the seed drew, each refusal is met at least once: a link long after the last
    // click, then a clicked burst one past the limit.
    const link = { url: 'https://emplois.société-générale.fr/offre/1' }
    f.step(USER_GESTURE_MS + 1, false)
    expect(await f.call('shell/open-external', link)).toMatchObject({
      error: { kind: 'no-user-gesture' },
    })
    f.step(RATE_LIMITS.externalLinks.windowMs, true)
    for (let i = 0; i <= RATE_LIMITS.externalLinks.limit; i++) {
      f.step(1, true)
      await f.call('shell/open-external', link)
    }
    expect(f.kinds.get('rate-limited')).toBeGreaterThan(0)
    expect(f.effects.links.length).toBeGreaterThan(0)
    expect(withinLimit(f.effects.links, RATE_LIMITS.externalLinks)).toBe(true)
    expect(f.effects.links.filter((at) => !afterInput(at, f.effects.inputs))).toEqual([])
    expect(f.internal).toEqual([])
    report('links', f)
  })

  it('keeps start-at-login changes and notifications within their limits', async () => {
    const f = await flooded()
    const call = fc.oneof(
      fc.boolean().map((on) => ['notify/set-preferences', { startAtLogin: on }] as const),
      fc.boolean().map((locked) => ['reminders/lock-state', { locked }] as const),
      fc.array(fc.integer({ min: -3_600_000, max: 120_000 }), { minLength: 1, maxLength: 30 }).map(
        (offsets) =>
          [
            'reminders/sync',
            {
              reminders: offsets.map((offset, i) => ({
                id: `Rappel${String(i).padStart(16, '0')}`,
                dueAt: START + offset,
                opportunityId: `candidature-${i}`,
                actionId: `remerciement:${i}`,
              })),
            },
          ] as const,
      ),
      hostilePayload.map((p) => ['notify/set-preferences', p] as const),
    )
    await fc.assert(
      fc.asyncProperty(
        call,
        fc.nat({ max: 20_000 }),
        clicks,
        async ([channel, payload], ms, on) => {
          f.step(ms, on)
          await f.call(channel, payload)
        },
      ),
      { numRuns: CALLS },
    )
    // Whatever the seed drew: a change long after the last click is refused, and clicked
    // changes once the window has passed reach the OS.
    const now = await f.call('notify/get-preferences', {})
    const on = now.ok && (now.value as { startAtLogin: boolean }).startAtLogin
    f.step(USER_GESTURE_MS + 1, false)
    expect(await f.call('notify/set-preferences', { startAtLogin: !on })).toMatchObject({
      error: { kind: 'no-user-gesture' },
    })
    for (const next of [!on, on]) {
      f.step(RATE_LIMITS.startAtLogin.windowMs + 1, true)
      expect(await f.call('notify/set-preferences', { startAtLogin: next })).toMatchObject({
        ok: true,
      })
    }
    expect(f.effects.login.length).toBeGreaterThan(0)
    expect(withinLimit(f.effects.login, RATE_LIMITS.startAtLogin)).toBe(true)
    expect(f.effects.login.filter((at) => !afterInput(at, f.effects.inputs))).toEqual([])
    expect(withinLimit(f.effects.notices, RATE_LIMITS.notifications)).toBe(true)
    expect(f.internal).toEqual([])
    report('start at login and notifications', f)
  })

  it('writes restored attachments only inside a restore, and never past its budget', async () => {
    const f = await flooded()
    const sodium = await loadSodium()
    const file = (n: number) =>
      Buffer.from(
        encryptAttachment(sodium, newAttachmentKey(sodium), new Uint8Array(n).fill(0xe9)),
      ).toString('base64')
    // One attachment is already there: a restore may set it aside, never write over it.
    const kept = { fileId: 'e'.repeat(32), bytes: Buffer.from(file(2_000), 'base64') }
    await mkdir(attachmentsFolder(f.t.dataDir), { recursive: true })
    await writeFile(join(attachmentsFolder(f.t.dataDir), kept.fileId), kept.bytes)
    const fileId = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), fc.constant(kept.fileId))
    // Mostly attachment files; now and then bytes of another format, which refuse the batch.
    const content = fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 1, max: 3_000 }).map(file) },
      {
        weight: 1,
        arbitrary: fc
          .uint8Array({ minLength: 1, maxLength: 3_000 })
          .map((b) => Buffer.from(b).toString('base64')),
      },
    )
    const batch = fc
      .array(fc.tuple(fileId, content), { maxLength: 4 })
      .map((entries) => ({ files: entries.map(([id, dataB64]) => ({ fileId: id, dataB64 })) }))
    const written = async () =>
      (await readdir(attachmentsFolder(f.t.dataDir)).catch(() => [])).length

    // Before any backup is chosen, every batch is refused and nothing is written.
    await fc.assert(
      fc.asyncProperty(fc.oneof(batch, hostilePayload), async (payload) => {
        const answer = await f.call('attachments/restore-encrypted', payload)
        if (answer.ok) expect((payload as { files: unknown[] }).files).toEqual([])
      }),
      { numRuns: 200 },
    )
    expect(await written()).toBe(1)

    // Inside a restore of a 20 kB backup, at most 20 kB of attachments land.
    const backup = join(f.t.documentsDir, 'Sauvegarde.afterview-backup')
    await writeFile(backup, new Uint8Array(20_000))
    f.t.dialog.opens.push(backup)
    expect((await f.call('backup/open', {})).ok).toBe(true)
    await fc.assert(
      fc.asyncProperty(
        batch,
        async (payload) => void (await f.call('attachments/restore-encrypted', payload)),
      ),
      { numRuns: 200 },
    )
    let bytes = 0
    for (const name of await readdir(attachmentsFolder(f.t.dataDir))) {
      if (name === kept.fileId) continue
      bytes += (await stat(join(attachmentsFolder(f.t.dataDir), name))).size
    }
    expect(bytes).toBeLessThanOrEqual(20_000)
    // The file that was there is still whole: in its place, or set aside beside the data.
    const aside = await readdir(setAsideFolder(f.t.dataDir)).catch(() => [] as string[])
    const copies = [
      await readFileIfPresent(join(attachmentsFolder(f.t.dataDir), kept.fileId)),
      ...(await Promise.all(
        aside.map((name) => readFileIfPresent(join(setAsideFolder(f.t.dataDir), name))),
      )),
    ]
    expect(copies.some((copy) => copy?.equals(kept.bytes))).toBe(true)
    const refused: HostErrorKind[] = ['not-in-restore', 'too-large', 'not-an-attachment']
    expect(refused.every((kind) => (f.kinds.get(kind) ?? 0) > 0)).toBe(true)
    expect(f.internal).toEqual([])
    report('restored attachments', f)
    await rm(backup, { force: true })
  })
})
