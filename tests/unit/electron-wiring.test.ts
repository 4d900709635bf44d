/**
 * Electron's binary cannot run here, so the thin Electron wiring is checked by reading it: these
 * tests parse src-main's wiring files with the TypeScript compiler and assert the security
 * settings docs/SECURITY.md relies on. They catch a setting being flipped or dropped; what Electron
 * then does with it is Electron's own tested behaviour.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ts from 'typescript'
import { calls, literalProps, methodCalls, parse, walk } from '../support/readSource'

const root = resolve(__dirname, '../..')

/** The webPreferences of every `new BrowserWindow({...})` in a file. */
function windowPreferences(path: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  walk(parse(path), (node) => {
    if (!ts.isNewExpression(node) || node.expression.getText() !== 'BrowserWindow') return
    const options = node.arguments?.[0]
    if (!options || !ts.isObjectLiteralExpression(options)) {
      throw new Error('BrowserWindow options must be an object literal, so they can be checked')
    }
    const prefs = options.properties.find(
      (p): p is ts.PropertyAssignment =>
        ts.isPropertyAssignment(p) && p.name.getText() === 'webPreferences',
    )
    if (!prefs || !ts.isObjectLiteralExpression(prefs.initializer)) {
      throw new Error('webPreferences must be an object literal')
    }
    found.push(literalProps(prefs.initializer))
  })
  return found
}

const wiringFiles = [
  'src-main/electron/index.ts',
  'src-main/electron/window.ts',
  'src-main/electron/guards.ts',
]

describe('the Electron wiring, read from source', () => {
  it('creates the only window with isolated, sandboxed, Node-free preferences', () => {
    const all = wiringFiles.flatMap(windowPreferences)
    expect(all).toHaveLength(1)
    expect(all[0]).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: 'options.devTools',
      spellcheck: 'options.spellCheck',
    })
    expect(all[0]).not.toHaveProperty('enableBlinkFeatures')
  })

  it('sandboxes every renderer and keeps DevTools out of packaged builds', () => {
    expect(calls('src-main/electron/index.ts', 'enableSandbox')).toEqual([[]])
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(/devTools: !app\.isPackaged/)
  })

  it('quits a packaged app started with a debugging switch, before anything else runs', () => {
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(
      /refusedDebugSwitch\(\{\s+packaged: app\.isPackaged,\s+argv: process\.argv,\s+hasSwitch: \(name\) => app\.commandLine\.hasSwitch\(name\),\s+\}\)/,
    )
    expect(index).toMatch(/if \(debugSwitch !== null\) \{\n[^\n]+\n\s+app\.exit\(1\)\n\}/)
    // The check comes first: before the sandbox, the log, the window or any IPC.
    expect(index.indexOf('refusedDebugSwitch({')).toBeLessThan(index.indexOf('app.enableSandbox()'))
  })

  it('loads the app from app://, never from file: or a remote page', () => {
    const sources = wiringFiles.map((f) => readFileSync(resolve(root, f), 'utf8')).join('\n')
    expect(calls('src-main/electron/window.ts', 'loadURL')).toEqual([['appUrl(devServerUrl)']])
    const window = readFileSync(resolve(root, 'src-main/electron/window.ts'), 'utf8')
    expect(window).toMatch(/return devServerUrl \?\? `\$\{APP_ORIGIN\}\/index\.html`/)
    // The crash reload loads the same page, with a fixed notice.
    expect(calls('src-main/electron/crash.ts', 'loadURL')).toEqual([
      ["withLaunchNotice(appUrl, 'renderer-gone')"],
    ])
    // A lock loads the same page afresh, with the reason it locked and where the user was.
    expect(calls('src-main/electron/index.ts', 'loadURL')).toEqual([
      ['lockedPageAddress(appUrl(devServerUrl), reason, place)'],
    ])
    expect(sources).not.toMatch(/loadFile\(|file:\/\/|https?:\/\//)
    const schemes = calls('src-main/electron/index.ts', 'registerSchemesAsPrivileged')
    expect(schemes).toHaveLength(1)
    expect(schemes[0]![0]).toMatch(/scheme: 'app'/)
    expect(schemes[0]![0]).not.toMatch(/bypassCSP|corsEnabled|allowServiceWorkers/)
  })

  it('guards every web contents created, not only the main window', () => {
    expect(calls('src-main/electron/guards.ts', 'on')[0]?.[0]).toBe("'web-contents-created'")
    const events = calls('src-main/electron/guards.ts', 'on').map((args) => args[0])
    expect(events).toEqual(
      expect.arrayContaining([
        "'will-navigate'",
        "'will-frame-navigate'",
        "'will-redirect'",
        "'will-attach-webview'",
      ]),
    )
    expect(calls('src-main/electron/guards.ts', 'setWindowOpenHandler')).toHaveLength(1)
  })

  it('sends window-open links through the one link opener, and tells it of every real input', () => {
    const guards = readFileSync(resolve(root, 'src-main/electron/guards.ts'), 'utf8')
    expect(guards).toMatch(/if \(decision\.openExternally\) openLink\(decision\.openExternally\)/)
    expect(guards).not.toMatch(/openExternal\(/)
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(/guardAllWebContents\(\(url\) => openLink\(url\)\)/)
    expect(index).toMatch(/const links = linkOpener\(ports\)\s+openLink = \(url\) =>\s+void links/)
    expect(index).toMatch(/buildHandlers\(ports, notify, links, updates\)/)
    expect(index).toMatch(
      /win\.webContents\.on\('input-event', \(_event, input\) => gestures\.noteInput\(input\.type\)\)/,
    )
    // The shell itself is reached only through the opener's port.
    expect(index.match(/shell\.openExternal\(/g)).toHaveLength(1)
  })

  it('decides permission requests and checks by the policy, and denies every device', () => {
    const file = 'src-main/electron/guards.ts'
    const [request] = calls(file, 'setPermissionRequestHandler')
    expect(request?.[0]).toMatch(
      /callback\(isPermissionAllowed\(permission, details\.requestingUrl, devServerUrl\)\)/,
    )
    const [check] = calls(file, 'setPermissionCheckHandler')
    expect(check?.[0]).toMatch(/isPermissionAllowed\(permission, requestingOrigin, devServerUrl\)/)
    expect(calls(file, 'setDevicePermissionHandler')).toEqual([['() => false']])
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(/applyPermissionPolicy\(devServerUrl\)/)
  })

  it('registers IPC only through registerIpc, and the preload exposes only the bridge', () => {
    for (const file of [
      ...wiringFiles,
      'src-main/electron/menu.ts',
      'src-main/electron/preload.ts',
    ]) {
      expect(methodCalls(file, 'ipcMain'), file).toEqual([])
    }
    expect(calls('src-main/electron/preload.ts', 'exposeInMainWorld')).toEqual([
      ["'afterview'", 'bridge'],
    ])
    expect(new Set(methodCalls('src-main/electron/preload.ts', 'ipcRenderer'))).toEqual(
      new Set(['invoke', 'on', 'removeListener']),
    )
  })

  it('shows the context menu on every web contents and asks the session to spell-check', () => {
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) => attachContextMenu\(contents\)\)/,
    )
    expect(index).toMatch(/const spelling = spellCheckPolicy\(process\.platform\)/)
    expect(index).toMatch(/spellCheck: spelling\.enabled/)
    expect(index).toMatch(/applySpellCheckPolicy\(spelling\)/)
    const file = 'src-main/electron/contextMenu.ts'
    expect(calls(file, 'on')[0]?.[0]).toBe("'context-menu'")
    expect(calls(file, 'replaceMisspelling')).toEqual([['word']])
    expect(calls(file, 'addWordToSpellCheckerDictionary')).toEqual([['word']])
    expect(calls(file, 'popup')).toEqual([[]])
    expect(calls(file, 'setSpellCheckerDictionaryDownloadURL')).toEqual([
      ['policy.dictionaryDownloadUrl'],
    ])
    expect(calls(file, 'setSpellCheckerLanguages')).toEqual([['policy.languages']])
    expect(calls(file, 'setSpellCheckerEnabled')).toEqual([['policy.enabled']])
  })

  it('opens the window where it was on its display, and not at all at login with the tray on', () => {
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(/placement: placement\?\.next\(\) \?\? null/)
    expect(index).toMatch(/placement\?\.track\(win\)/)
    expect(index).toMatch(/argv: process\.argv/)
    expect(index).toMatch(/app\.getLoginItemSettings\(\)\.wasOpenedAtLogin/)
    expect(index).toMatch(/keepRunningInTray: notify\.preferences\.get\(\)\.keepRunningInTray/)
    expect(index).toMatch(/if \(!hidden && !mainWindow\) openWindow\(\)/)
    const placement = 'src-main/electron/windowPlacement.ts'
    expect(calls(placement, 'on')[0]?.[0]).toBe("'close'")
    expect(calls(placement, 'getDisplayMatching')).toEqual([['bounds']])
    expect(calls(placement, 'getAllDisplays')).toEqual([[]])
    const window = readFileSync(resolve(root, 'src-main/electron/window.ts'), 'utf8')
    expect(window).toMatch(/x: bounds\?\.x,\s+y: bounds\?\.y,/)
    expect(window).toMatch(/if \(options\.placement\?\.maximized\) win\.maximize\(\)/)
  })

  it('fills the About panel on every system and offers Settings with Ctrl/Cmd+,', () => {
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(/app\.setAboutPanelOptions\(aboutPanelOptions\(ports\.host\)\)/)
    expect(index).toMatch(
      /openSettings: \(\) => \{\s+showWindow\(\)\s+send\('app\/open-settings', \{\}\)/,
    )
    const menu = readFileSync(resolve(root, 'src-main/electron/menu.ts'), 'utf8')
    expect(menu).toMatch(
      /label: 'Settings…',\s+accelerator: 'CmdOrCtrl\+,',\s+click: \(\) => actions\.openSettings\(\)/,
    )
  })

  it('draws the tray icon at 1x and 2x, as a template image where trayImageFor says so', () => {
    const file = 'src-main/electron/tray.ts'
    expect(calls(file, 'addRepresentation')).toEqual([
      ['{ scaleFactor: 1, dataURL: spec.x1 }'],
      ['{ scaleFactor: 2, dataURL: spec.x2 }'],
    ])
    expect(calls(file, 'setTemplateImage')).toEqual([['spec.template']])
    expect(readFileSync(resolve(root, file), 'utf8')).toMatch(/trayImageFor\(process\.platform\)/)
  })

  it('reloads a crashed page to the lock screen and logs main’s errors to its own file', () => {
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(/reloadAfterCrash\(win, appUrl\(devServerUrl\), \{/)
    expect(index).toMatch(/onGone: \(\) => onWindowClosed\(\)/)
    expect(index).toMatch(/createLog\(\{ dataDir: app\.getPath\('userData'\)/)
    expect(index).toMatch(
      /process\.on\('uncaughtExceptionMonitor', \(error\) => log\.error\('main', error\)\)/,
    )
    expect(index).toMatch(/onInternalError: \(channel, error\) => log\.error\(/)
    expect(index).toMatch(
      /notify\.scheduler\.onError = \(error\) => log\.error\('reminders', error\)/,
    )
    // Console output is lost in a packaged app: every error goes to the log.
    expect(index).not.toMatch(/console\./)
    const crash = 'src-main/electron/crash.ts'
    expect(calls(crash, 'on')[0]?.[0]).toBe("'render-process-gone'")
    const handler = calls(crash, 'on')[0]?.[1] ?? ''
    expect(handler).toMatch(/rendererGoneAction\(details\.reason, reloads, deps\.now\(\)\)/)
    expect(handler).toMatch(/deps\.onGone\(\)[\s\S]*loadURL/)
  })

  it('never lets electron-updater download or install on its own, nor log personal data', () => {
    const file = 'src-main/electron/updater.ts'
    const updater = readFileSync(resolve(root, file), 'utf8')
    expect(updater).toMatch(/^\s+autoUpdater\.autoDownload = false$/m)
    expect(updater).toMatch(/^\s+autoUpdater\.autoInstallOnAppQuit = false$/m)
    expect(updater).toMatch(/^\s+autoUpdater\.logger = updaterLogger\(log\)$/m)
    expect(updater).not.toMatch(/autoDownload = true|checkForUpdatesAndNotify|setFeedURL|https?:/)
    // Checks, downloads and the restart happen only when src-main/updates calls the port.
    expect(calls(file, 'checkForUpdates')).toEqual([[]])
    expect(calls(file, 'downloadUpdate')).toEqual([[]])
    expect(calls(file, 'quitAndInstall')).toEqual([['false', 'true']])
    // An 'error' event with no listener would throw in main.
    expect(calls(file, 'on')[0]?.[0]).toBe("'error'")
    // Without app-update.yml (a build given no update address) the app offers no checks.
    expect(updater).toMatch(
      /const configured = app\.isPackaged && existsSync\(join\(process\.resourcesPath, UPDATE_CONFIG\)\)/,
    )
    const index = readFileSync(resolve(root, 'src-main/electron/index.ts'), 'utf8')
    expect(index).toMatch(/updater: electronUpdater\(log\),/)
    expect(index).toMatch(/const updates = createUpdateService\(ports\)/)
    expect(index).toMatch(/app\.on\('before-quit', \(\) => \{[^}]*updates\.stop\(\)/)
    // No other file of main reaches electron-updater.
    const importers = readdirSync(resolve(root, 'src-main'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .filter((name) =>
        readFileSync(resolve(root, 'src-main', name), 'utf8').includes("from 'electron-updater'"),
      )
    expect(importers).toEqual(['electron/updater.ts'])
  })
})
