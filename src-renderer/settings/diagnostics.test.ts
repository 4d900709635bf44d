import { describe, expect, it } from 'vitest'
import { SAMPLE_HOST } from '../../tests/support/hostInfo'
import { diagnosticsText } from './diagnostics'

const ABOUT = SAMPLE_HOST

describe('diagnosticsText', () => {
  it('lists the versions, the startup marks in whole milliseconds and main’s recent errors', () => {
    const text = diagnosticsText(
      { about: ABOUT, recentErrors: ['2026-12-05T09:30:00.000Z error [ipc] TypeError'] },
      [
        { name: 'willUnlock', startTime: 120.4 },
        { name: 'didRenderBoard', startTime: 980.6 },
      ],
      'persistent',
    )
    expect(text).toBe(
      [
        'Afterview 0.1.0',
        'Electron 45.4.1, Chromium 156.0.7000.1, Node.js 22.20.0, linux',
        'Storage: persistent (kept under disk pressure)',
        '',
        'Startup marks (ms since the page started):',
        '  willUnlock 120',
        '  didRenderBoard 981',
        '',
        'Recent errors in main:',
        '  2026-12-05T09:30:00.000Z error [ipc] TypeError',
        '',
      ].join('\n'),
    )
  })

  it('says so when there are no marks or errors, and outside Electron', () => {
    const text = diagnosticsText(
      { about: { ...ABOUT, electronVersion: null, chromeVersion: null }, recentErrors: [] },
      [],
      'not-persistent',
    )
    expect(text).toContain('Electron none, Chromium unknown')
    expect(text).toContain('Storage: not persistent (the browser refused)')
    expect(text).toContain('  none yet')
    expect(text).toMatch(/Recent errors in main:\n {2}none\n$/)
  })
})
