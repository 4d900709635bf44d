import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLog, describeError, LOG_DIR, LOG_FILE } from './log'

let dataDir: string
const NOW = Date.UTC(2026, 11, 5, 9, 30)

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'afterview-log-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const logPath = (suffix = '') => join(dataDir, LOG_DIR, LOG_FILE + suffix)

describe('describeError', () => {
  it('keeps the class, the kind and the stack’s file names, never the message or folders', () => {
    const error = Object.assign(new Error('could not read /home/ana/Offers/Acme salary.pdf'), {
      code: 'ENOENT',
    })
    error.stack = [
      'Error: could not read /home/ana/Offers/Acme salary.pdf',
      '    at readOffer (/home/ana/Apps/Afterview/resources/app.asar/out/main/index.js:120:15)',
      '    at async Promise.all (index 0)',
      '    at C:\\Users\\Ana Smith\\AppData\\Local\\Programs\\Afterview\\main.js:5:2',
    ].join('\n')
    const text = describeError(error)
    expect(text).toBe('Error [ENOENT] | at readOffer (index.js:120:15) | at main.js:5:2')
    expect(text).not.toMatch(/ana|Acme|salary|Users|home/i)
  })

  it('names what was thrown when it is not an error, without its value', () => {
    expect(describeError('Ana’s passphrase')).toBe('non-error string')
  })
})

describe('createLog', () => {
  it('writes error lines with the time and scope to the data folder’s log, owner-only', async () => {
    const log = createLog({ dataDir, now: () => NOW })
    log.error('ipc', new TypeError('bad'))
    log.note('window', 'renderer gone: crashed')
    await log.flushed()
    const lines = (await readFile(logPath(), 'utf8')).trim().split('\n')
    expect(lines[0]).toMatch(/^2026-12-05T09:30:00\.000Z error \[ipc\] TypeError( \|.*)?$/)
    expect(lines[1]).toBe('2026-12-05T09:30:00.000Z info [window] renderer gone: crashed')
    if (process.platform !== 'win32') expect((await stat(logPath())).mode & 0o777).toBe(0o600)
  })

  it('rotates by size and keeps only the last files', async () => {
    const log = createLog({ dataDir, now: () => NOW, maxBytes: 200, keep: 2 })
    for (let i = 0; i < 12; i++) log.note('test', `line ${i} ${'x'.repeat(40)}`)
    await log.flushed()
    const files = (await readdir(join(dataDir, LOG_DIR))).sort()
    expect(files).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`])
    for (const suffix of ['', '.1', '.2']) {
      expect((await stat(logPath(suffix))).size).toBeLessThanOrEqual(200)
    }
    expect(await readFile(logPath(), 'utf8')).toContain('line 11')
  })

  it('keeps the most recent errors for diagnostics, oldest first', async () => {
    const log = createLog({ dataDir, now: () => NOW, recent: 2 })
    for (const name of ['First', 'Second', 'Third']) {
      log.error('test', Object.assign(new Error('x'), { name }))
    }
    expect(log.recentErrors().map((line) => line.split(' ')[3])).toEqual(['Second', 'Third'])
    await log.flushed()
  })

  it('strips anything but plain words from scopes and facts', async () => {
    const log = createLog({ dataDir, now: () => NOW })
    log.note('a\nb', 'gone: <script>\n')
    await log.flushed()
    expect(await readFile(logPath(), 'utf8')).toBe(
      '2026-12-05T09:30:00.000Z info [ab] gone: script\n',
    )
  })

  it('never throws when the folder cannot be written', async () => {
    const log = createLog({ dataDir: join(dataDir, 'missing\u0000'), now: () => NOW })
    log.error('test', new Error('x'))
    await expect(log.flushed()).resolves.toBeUndefined()
  })
})
