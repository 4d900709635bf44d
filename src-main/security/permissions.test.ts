import { describe, expect, it } from 'vitest'
import {
  ALLOWED_PERMISSIONS,
  isPermissionAllowed,
  PLAYWRIGHT_PERMISSION_NAMES,
} from './permissions'

const APP_PAGE = 'app://afterview/index.html'

describe('isPermissionAllowed', () => {
  it('lets the app’s page write plain text to the clipboard, for the Copy buttons', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_PAGE)).toBe(true)
    // The check handler is given an origin rather than a URL.
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://afterview')).toBe(true)
  })

  it('lets the app’s page keep its storage from eviction, and no other page', () => {
    expect(isPermissionAllowed('persistent-storage', APP_PAGE)).toBe(true)
    expect(isPermissionAllowed('persistent-storage', 'https://example.com/')).toBe(false)
  })

  it.each([
    'clipboard-read',
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'fullscreen',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'display-capture',
    'idle-detection',
    'window-management',
    'storage-access',
    'fileSystem',
    'unknown',
  ])('refuses %s to the app’s own page', (permission) => {
    expect(isPermissionAllowed(permission, APP_PAGE)).toBe(false)
  })

  it('refuses even the clipboard to any page but the app’s own', () => {
    for (const url of [
      'https://example.com/',
      'file:///tmp/x.html',
      'about:blank',
      undefined,
      '',
    ]) {
      expect(isPermissionAllowed('clipboard-sanitized-write', url)).toBe(false)
    }
  })

  it('allows the dev server’s exact origin while developing, and only it', () => {
    const dev = 'http://localhost:5173'
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5173/', dev)).toBe(
      true,
    )
    expect(isPermissionAllowed('clipboard-sanitized-write', 'http://localhost:5174/', dev)).toBe(
      false,
    )
  })

  it('names a Playwright permission for every allowed one, so the tests grant the same', () => {
    expect(Object.keys(PLAYWRIGHT_PERMISSION_NAMES).sort()).toEqual([...ALLOWED_PERMISSIONS].sort())
  })
})
