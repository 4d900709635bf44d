/**
 * Update checks, only ever while the user allows them: at start, once a day on main's timer, and
 * when the user asks. A check found newer downloads in the background, and installs only when the
 * user clicks "Restart to update" (the handlers hold that to a click). With checking off, nothing
 * reaches the update port at all.
 */
import type { UpdateState, UpdateStatus } from '@shared/ipc/updates'
import type { Ports } from '../ports'
import { defaultUpdatePreference, updatePreferenceFile, type UpdatePreference } from './preference'

/** How long after one check the next one runs. */
export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000

/** What the user reads when a check fails. */
export const CHECK_FAILED =
  'Afterview could not reach its update address. It will try again tomorrow, or you can check now.'
/** What the user reads when a download fails. */
export const DOWNLOAD_FAILED =
  'The new version could not be downloaded. Afterview will try again tomorrow, or you can check now.'

/** The update service main's handlers and its Electron wiring share. */
export interface UpdateService {
  /** Resolves once the setting has been read (and the start-up check, if allowed, has begun). */
  ready: Promise<void>
  state(): UpdateState
  /** Saves the user's choice; turning it on starts a check at once. */
  setAllowed(allowed: boolean): Promise<UpdateState>
  /** Starts a check unless one is running; does nothing while checking is off. */
  check(): UpdateState
  /** True when a downloaded version is waiting and the user still allows updates. */
  canInstall(): boolean
  /** Quits and installs the downloaded version (the caller checks `canInstall` first). */
  install(): void
  /** Resolves when no check or download is running (for tests and an orderly quit). */
  idle(): Promise<void>
  stop(): void
}

type UpdatePorts = Pick<
  Ports,
  'updater' | 'clock' | 'timer' | 'events' | 'dataDir' | 'log' | 'host'
>

/** Builds the service over `ports` and reads the setting; checks at once when allowed. */
export function createUpdateService(ports: UpdatePorts): UpdateService {
  const { updater, clock, timer, log } = ports
  const file = updatePreferenceFile(ports.dataDir)
  let preference: UpdatePreference = { ...defaultUpdatePreference }
  let status: UpdateStatus = { kind: 'idle' }
  let running: Promise<void> | null = null
  let handle: unknown = null
  let stopped = false

  const state = (): UpdateState => ({
    configured: updater.configured,
    allowed: preference.allowed,
    currentVersion: ports.host.appVersion,
    lastCheckedAt: preference.lastCheckedAt,
    status,
  })
  const publish = (next: UpdateStatus) => {
    status = next
    ports.events.send('updates/state', state())
  }
  const active = () => preference.allowed && updater.configured && !stopped

  const unschedule = () => {
    if (handle !== null) timer.clear(handle)
    handle = null
  }
  const schedule = () => {
    unschedule()
    if (active()) handle = timer.set(() => void start(), UPDATE_CHECK_INTERVAL_MS)
  }

  /** One check, and the download of what it found. Failures end as a status, never a throw. */
  async function run(): Promise<void> {
    publish({ kind: 'checking' })
    let found: { version: string } | null
    try {
      found = await updater.check()
    } catch (error) {
      log.error('updates', error)
      await finishCheck()
      if (preference.allowed) publish({ kind: 'failed', message: CHECK_FAILED })
      return
    }
    await finishCheck()
    // Turned off while the check was out: nothing is downloaded.
    if (!active()) return publish({ kind: 'idle' })
    if (found === null) return publish({ kind: 'up-to-date' })
    publish({ kind: 'downloading', version: found.version })
    try {
      await updater.download()
    } catch (error) {
      log.error('updates', error)
      if (preference.allowed) publish({ kind: 'failed', message: DOWNLOAD_FAILED })
      return
    }
    publish(active() ? { kind: 'downloaded', version: found.version } : { kind: 'idle' })
  }

  /** Notes the finished check in the file and arms the next day's. */
  async function finishCheck(): Promise<void> {
    preference = { ...preference, lastCheckedAt: clock.now() }
    schedule()
    await file.save(preference).catch((error: unknown) => log.error('updates', error))
  }

  function start(): void {
    // A downloaded version waits for the user's restart; checking again would find it again.
    if (!active() || running || status.kind === 'downloaded') return
    running = run().finally(() => {
      running = null
    })
  }

  const ready = file.read().then((read) => {
    preference = read
    if (active()) start()
  })

  return {
    ready,
    state,
    async setAllowed(allowed) {
      await ready
      preference = { ...preference, allowed }
      await file.save(preference)
      if (allowed) {
        start()
      } else {
        unschedule()
        publish({ kind: 'idle' })
      }
      return state()
    },
    check() {
      start()
      return state()
    },
    canInstall: () => active() && status.kind === 'downloaded',
    install() {
      log.note('updates', 'restarting to install an update')
      updater.install()
    },
    async idle() {
      await ready
      while (running) await running
    },
    stop() {
      stopped = true
      unschedule()
    },
  }
}
