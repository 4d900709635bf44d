import { afterEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LOG_DIR, LOG_FILE } from '../diagnostics/log'
import { portsToDispose } from '../../tests/support/testPorts'
import { limitedNotifier } from './services'

const made = portsToDispose()
afterEach(() => made.disposeAll())

const MORNING = Date.parse('2026-03-02T10:00:00Z')

describe('limitedNotifier', () => {
  it('shows six a minute, drops the rest with a log line, and shows again a minute later', async () => {
    const t = await made.create({ now: MORNING })
    const notifier = limitedNotifier(t.ports)
    for (let n = 1; n <= 20; n++) {
      notifier.show({ title: `Due ${n}`, body: 'Thank Zoë Müller-Lüdenscheidt' }, () => {})
    }
    expect(t.notifications.map((n) => n.title)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Due ${n}`))
    t.advance(60_000)
    notifier.show({ title: 'Due later', body: '' }, () => {})
    expect(t.notifications).toHaveLength(7)
    await t.ports.log.flushed()
    const log = await readFile(join(t.dataDir, LOG_DIR, LOG_FILE), 'utf8')
    expect(log.match(/notification dropped: rate limit reached/g)).toHaveLength(14)
    // The dropped text never reaches the log: it may name people.
    expect(log).not.toContain('Zoë')
  })
})
