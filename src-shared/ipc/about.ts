/** The about channel: facts about the running app, for the About panel and Copy diagnostics. */
import * as v from 'valibot'
import type { LocaleTag } from '../domain/locale'
import type { RequestSchemas } from './part'

/** Facts about the running app, shown in the About panel. */
export interface AboutInfo {
  appName: string
  appVersion: string
  /** Electron's version, or null when the host is the test transport rather than Electron. */
  electronVersion: string | null
  chromeVersion: string | null
  nodeVersion: string
  platform: string
}

/** What main adds to "Copy diagnostics": the About facts and its recent errors, without personal data. */
export interface MainDiagnostics {
  about: AboutInfo
  /** Main's most recent error lines from its log, oldest first: class, kind and stack frames only. */
  recentErrors: string[]
}

/** The formats the operating system asks for, as far as this platform's Intl can follow them. */
export interface SystemLocale {
  /** The OS's regional format (or its first preferred language Intl supports); en-GB failing both. */
  locale: LocaleTag
}

/** Response types of the about channel. */
export interface AboutResponses {
  'app/about': AboutInfo
  'app/diagnostics': MainDiagnostics
  'app/system-locale': SystemLocale
}

/** Request schemas of the about channel, spread into the IPC contract. */
export const aboutRequestSchemas = {
  'app/about': v.strictObject({}),
  /** Main's part of "Copy diagnostics" in Settings. */
  'app/diagnostics': v.strictObject({}),
  /** Read before the app mounts: dates and money follow it unless Settings › Formats says otherwise. */
  'app/system-locale': v.strictObject({}),
} as const satisfies RequestSchemas<AboutResponses>

/** Events main pushes about the app itself. */
export interface AboutEvents {
  /** The user chose Settings in the app menu (Ctrl+, or Cmd+,). */
  'app/open-settings': Record<string, never>
}
