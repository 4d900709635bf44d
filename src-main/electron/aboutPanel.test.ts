import { describe, expect, it } from 'vitest'
import { SAMPLE_HOST } from '../../tests/support/hostInfo'
import { COPYRIGHT } from '../about/copyright'
import { aboutPanelOptions } from './aboutPanel'

const HOST = SAMPLE_HOST

describe('aboutPanelOptions', () => {
  it('names the app, its version, the runtime, the copyright and the authors', () => {
    const options = aboutPanelOptions(HOST)
    expect(options).toMatchObject({
      applicationName: 'Afterview',
      applicationVersion: '0.1.0',
      version: 'Electron 45.4.1, Chromium 156.0.7000.1, Node.js 22.20.0',
      copyright: COPYRIGHT,
      authors: ['The Afterview authors'],
    })
    expect(options.credits).toContain('Electron 45.4.1')
  })

  it('leaves out what the host does not know', () => {
    const options = aboutPanelOptions({ ...HOST, electronVersion: null, chromeVersion: null })
    expect(options.version).toBe('Node.js 22.20.0')
  })
})
