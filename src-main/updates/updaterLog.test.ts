import { describe, expect, it } from 'vitest'
import { updaterLogger } from './updaterLog'

function recordingLog() {
  const lines: string[] = []
  return {
    lines,
    log: {
      error: (scope: string, error: unknown) => lines.push(`${scope} error ${String(error)}`),
      note: (scope: string, fact: string) => lines.push(`${scope} ${fact}`),
    },
  }
}

describe('the updater logger', () => {
  it('keeps no address, folder or version from electron-updater’s own lines', () => {
    const { lines, log } = recordingLog()
    const logger = updaterLogger(log)
    logger.info('Checking for update from https://updates.example.org/afterview')
    logger.debug('Downloading to /home/zoë.østergård/.cache/afterview-updater/pending')
    logger.warn('Cannot find latest-linux.yml at https://updates.example.org/afterview/')
    logger.error('Error: net::ERR_INTERNET_DISCONNECTED for /home/zoë.østergård')
    expect(lines).toEqual(['updater warning, details left out', 'updater error, details left out'])
    expect(lines.join('\n')).not.toMatch(/https?:|home|zoë|afterview-updater/)
  })

  it('hands real errors to the log, which keeps their class and frames only', () => {
    const { lines, log } = recordingLog()
    const error = new Error('ENOTFOUND updates.example.org')
    updaterLogger(log).error(error)
    expect(lines).toEqual([`updater error ${String(error)}`])
  })
})
