import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AUTOSTART_FILE, autostartEntry, quoteExecArgument, xdgAutostart } from './autostart'
import { preferenceStore } from './preferences'

let home: string
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'afterview-autostart-'))
})
afterEach(async () => {
  await rm(home, { recursive: true, force: true })
})

const entryPath = () => join(home, 'autostart', AUTOSTART_FILE)

describe('start at login on Linux', () => {
  it('writes a desktop entry that starts the app, and removes it when turned off', async () => {
    const login = xdgAutostart({ configHome: home, executable: '/opt/Afterview/afterview' })
    await login.setOpenAtLogin(true)
    const entry = await readFile(entryPath(), 'utf8')
    expect(entry.split('\n')[0]).toBe('[Desktop Entry]')
    expect(entry).toContain('Type=Application\n')
    expect(entry).toContain('Exec="/opt/Afterview/afterview" --at-login\n')
    expect((await stat(entryPath())).mode & 0o777).toBe(0o600)

    await login.setOpenAtLogin(false)
    await expect(stat(entryPath())).rejects.toMatchObject({ code: 'ENOENT' })
    // Turning it off twice is harmless.
    await login.setOpenAtLogin(false)
  })

  it('quotes a path with spaces and shell characters so the desktop starts that exact file', () => {
    expect(quoteExecArgument('/home/ana/Apps/After view.AppImage')).toBe(
      '"/home/ana/Apps/After view.AppImage"',
    )
    // `$` and `"` are escaped inside the quotes, and the key doubles each backslash.
    expect(quoteExecArgument('/tmp/a$b"c')).toBe('"/tmp/a\\\\$b\\\\"c"')
    expect(autostartEntry('/x')).not.toContain('%')
  })

  it('turning the preference on and off writes and removes the entry through the store', async () => {
    const data = await mkdtemp(join(tmpdir(), 'afterview-prefs-'))
    try {
      const prefs = preferenceStore(data, xdgAutostart({ configHome: home, executable: '/a' }))
      await prefs.update({ startAtLogin: true })
      expect(await readFile(entryPath(), 'utf8')).toContain('Exec="/a" --at-login')
      await prefs.update({ startAtLogin: false })
      await expect(stat(entryPath())).rejects.toMatchObject({ code: 'ENOENT' })
    } finally {
      await rm(data, { recursive: true, force: true })
    }
  })

  it('keeps the old preference when the entry cannot be written', async () => {
    const data = await mkdtemp(join(tmpdir(), 'afterview-prefs-'))
    try {
      // A file where the config folder should be: the autostart folder cannot be created.
      const blocked = join(data, 'not-a-folder')
      await writeFile(blocked, '')
      const prefs = preferenceStore(data, xdgAutostart({ configHome: blocked, executable: '/a' }))
      await expect(prefs.update({ startAtLogin: true })).rejects.toBeTruthy()
      expect(prefs.get().startAtLogin).toBe(false)
    } finally {
      await rm(data, { recursive: true, force: true })
    }
  })
})
