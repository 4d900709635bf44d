/**
 * Test ports for main's handler table: a temp data folder and recorders for everything main would
 * show or open. Shared by the end-to-end transport, the unit tests of handlers and the IPC fuzz
 * test. To add a port: add it to `Ports`, give it a harmless recording fake here, expose what a test
 * needs to inspect on `TestPorts`, and accept an override in `options.overrides`.
 *
 * Time is controllable: `setNow` and `advance` move the clock and run, in order, every timer that
 * comes due on the way, so a test sees exactly what main would do as time passes.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HostEvent, HostEvents } from '@shared/ipc/contract'
import type { LockReason } from '@shared/ipc/launchNotice'
import type { LockPlace } from '@shared/ipc/lockPlace'
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { DialogPort, KeychainPort, Ports } from '../../src-main/ports'
import { createLog } from '../../src-main/diagnostics/log'
import { userGestures } from '../../src-main/security/userGesture'

/** A dialog answering from queues of paths (an empty queue answers "cancelled"). */
export interface ScriptedDialog extends DialogPort {
  /** Paths the next open dialogs answer, in order; null means the user cancelled. */
  opens: (string | null)[]
  /** Paths the next save dialogs answer, in order. */
  saves: (string | null)[]
  /** Paths the next folder dialogs answer, in order. */
  folders: (string | null)[]
  /** What each dialog was asked, in order. */
  asked: { kind: 'open' | 'save' | 'folder'; title: string; defaultPath?: string }[]
}

/** A scripted dialog for tests. */
export function scriptedDialog(): ScriptedDialog {
  const dialog: ScriptedDialog = {
    opens: [],
    saves: [],
    folders: [],
    asked: [],
    async showOpen({ title }) {
      dialog.asked.push({ kind: 'open', title })
      return dialog.opens.shift() ?? null
    },
    async showOpenFolder({ title }) {
      dialog.asked.push({ kind: 'folder', title })
      return dialog.folders.shift() ?? null
    },
    async showSave({ title, defaultPath }) {
      dialog.asked.push({ kind: 'save', title, defaultPath })
      return dialog.saves.shift() ?? null
    },
  }
  return dialog
}

/** The fake update address behind the updater port: what checks find, and what was asked of it. */
export interface FakeUpdater {
  /** False plays a copy built without an update address. Default true. */
  configured: boolean
  /** The newest version the address offers; null (the default) when the running one is newest. */
  latest: string | null
  /** When set, checks fail with this error, as when the computer is offline. */
  checkError: Error | null
  /** When set, downloads fail with this error. */
  downloadError: Error | null
  /** How many checks, downloads and installs main asked for. */
  checks: number
  downloads: number
  installs: number
}

/** One notification as the recording notifier saw it. */
export interface RecordedNotification {
  title: string
  body: string
  /** Runs the same code path as the user clicking the OS notification. */
  click(): void
}

/** One event main pushed to the renderer. */
export interface RecordedEvent {
  event: HostEvent
  payload: unknown
}

/** Ports plus what the test needs to inspect and clean up. */
export interface TestPorts {
  ports: Ports
  dataDir: string
  /** The documents folder save dialogs start in (a temp folder). */
  documentsDir: string
  /** The scripted open and save dialogs. */
  dialog: ScriptedDialog
  notifications: RecordedNotification[]
  events: RecordedEvent[]
  /** The last count set on the dock or taskbar badge. */
  badge: number
  /** How many times main brought the window forward. */
  windowShown: number
  /** Each lock reason main reloaded the page with, in order. */
  reloads: LockReason[]
  /** Also reload the page here (the end-to-end fixture connects the current page). */
  connectReload(sink: ((reason: LockReason, place: LockPlace | null) => void) | null): void
  /** Every value main gave for "open at login". */
  loginItem: boolean[]
  /** The test keychain: real AES-GCM under a key of this run; `available` can be switched off. */
  keychain: { available: boolean }
  /** A click or a key in the window now, as Electron's input-event tells main. */
  userInput(): void
  /** The fake update address (checking is the user's choice; see src-main/updates). */
  updater: FakeUpdater
  /** URLs the handlers asked the operating system to open, in order. */
  opened: string[]
  /** Also deliver pushed events here (the end-to-end fixture connects the current page). */
  connectEvents(sink: ((event: HostEvent, payload: unknown) => void) | null): void
  /** Moves the injected clock (milliseconds since the epoch), running timers due on the way. */
  setNow(instant: number): void
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void
  /** Moves the clock without running timers, as a sleeping computer does. */
  sleepUntil(instant: number): void
  now(): number
  dispose(): Promise<void>
}

interface FakeTimer {
  id: number
  at: number
  callback: () => void
}

/** Makes a fresh temp data folder and ports over it. `dataDir` reuses a folder (a "restart"). */
export async function createTestPorts(
  options: {
    dataDir?: string
    now?: number
    timeZone?: string
    overrides?: Partial<Omit<Ports, 'dataDir'>>
  } = {},
): Promise<TestPorts> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'afterview-data-')))
  const timeZone = options.timeZone ?? 'Europe/London'
  let now = options.now ?? Date.now()
  let nextTimerId = 1
  let timers: FakeTimer[] = []
  let sink: ((event: HostEvent, payload: unknown) => void) | null = null
  let reloadSink: ((reason: LockReason, place: LockPlace | null) => void) | null = null
  const documentsDir = await mkdtemp(join(tmpdir(), 'afterview-documents-'))
  const dialog = scriptedDialog()
  const gestures = userGestures({ now: () => now })

  const moveTo = (instant: number) => {
    for (;;) {
      const [first] = [...timers].sort((a, b) => a.at - b.at || a.id - b.id)
      if (!first || first.at > instant) break
      timers = timers.filter((t) => t !== first)
      now = Math.max(now, first.at)
      first.callback()
    }
    now = instant
  }

  const state: TestPorts = {
    ports: undefined as unknown as Ports,
    dataDir,
    documentsDir,
    dialog,
    notifications: [],
    events: [],
    badge: 0,
    windowShown: 0,
    keychain: { available: true },
    userInput() {
      gestures.noteInput('mouseDown')
    },
    reloads: [],
    connectReload(next) {
      reloadSink = next
    },
    loginItem: [],
    updater: {
      configured: true,
      latest: null,
      checkError: null,
      downloadError: null,
      checks: 0,
      downloads: 0,
      installs: 0,
    },
    opened: [],
    connectEvents(next) {
      sink = next
    },
    setNow: moveTo,
    advance: (ms) => moveTo(now + ms),
    sleepUntil(instant) {
      now = instant
    },
    now: () => now,
    async dispose() {
      timers = []
      await state.ports.log.flushed()
      await rm(dataDir, { recursive: true, force: true })
      await rm(documentsDir, { recursive: true, force: true })
    },
  }

  state.ports = {
    host: {
      appName: 'Afterview',
      appVersion: '0.1.0',
      electronVersion: null,
      chromeVersion: null,
      nodeVersion: process.versions.node,
      platform: process.platform,
    },
    // British English, the formats every spec was written in; a spec sets another by override.
    systemLocales: ['en-GB'],
    clock: { now: () => now, timeZone: () => timeZone },
    shell: {
      async openExternal(url) {
        state.opened.push(url)
      },
    },
    timer: {
      set(callback, delayMs) {
        const timer = { id: nextTimerId++, at: now + delayMs, callback }
        timers.push(timer)
        return timer.id
      },
      clear(handle) {
        timers = timers.filter((t) => t.id !== handle)
      },
    },
    notifier: {
      show(text, onClick) {
        state.notifications.push({ ...text, click: onClick })
      },
    },
    badge: {
      setCount(count) {
        state.badge = count
      },
    },
    window: {
      show() {
        state.windowShown++
      },
      reloadLocked(reason, place) {
        state.reloads.push(reason)
        reloadSink?.(reason, place)
      },
    },
    events: {
      send<E extends HostEvent>(event: E, payload: HostEvents[E]) {
        state.events.push({ event, payload })
        sink?.(event, payload)
      },
    },
    keychain: testKeychain(dataDir, () => state.keychain.available),
    gestures,
    loginItem: {
      setOpenAtLogin(open) {
        state.loginItem.push(open)
      },
    },
    dataDir,
    documentsDir,
    dialog,
    updater: {
      get configured() {
        return state.updater.configured
      },
      async check() {
        state.updater.checks++
        if (state.updater.checkError) throw state.updater.checkError
        const { latest } = state.updater
        return latest === null ? null : { version: latest }
      },
      async download() {
        state.updater.downloads++
        if (state.updater.downloadError) throw state.updater.downloadError
      },
      install() {
        state.updater.installs++
      },
    },
    // The real log, in the temp data folder, so diagnostics show what main really recorded.
    log: createLog({ dataDir, now: () => now }),
    ...options.overrides,
  }
  return state
}

/**
 * Test ports that are all removed together: `create` makes ports and remembers them, and
 * `disposeAll` (in afterEach) deletes every temp folder they made, however the test ended.
 */
export function portsToDispose(): {
  create(options?: Parameters<typeof createTestPorts>[0]): Promise<TestPorts>
  disposeAll(): Promise<void>
} {
  const made: TestPorts[] = []
  return {
    async create(options) {
      const ports = await createTestPorts(options)
      made.push(ports)
      return ports
    },
    async disposeAll() {
      await Promise.all(made.splice(0).map((ports) => ports.dispose()))
    },
  }
}

/** The test keychain's key per data folder, so a "restart" on the same folder finds it again. */
const keychainKeys = new Map<string, Buffer>()

/**
 * A keychain like safeStorage: AES-256-GCM under a random key kept per data folder (the OS keeps
 * one per user). Sealed bytes are IV, tag, then ciphertext.
 */
export function testKeychain(dataDir: string, available: () => boolean): KeychainPort {
  const key = keychainKeys.get(dataDir) ?? randomBytes(32)
  keychainKeys.set(dataDir, key)
  return {
    available,
    async seal(text) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body])
    },
    async open(sealed) {
      const bytes = Buffer.from(sealed)
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
      decipher.setAuthTag(bytes.subarray(12, 28))
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}
