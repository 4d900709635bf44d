/**
 * Where spelling comes from, per system. Nothing may be fetched: Electron's spell-checker
 * downloads Hunspell dictionaries from Google's CDN on Windows and Linux, which would tell a
 * server that Afterview runs and in which language. macOS uses the OS spell-checker and never
 * downloads (the download URL is a no-op there), so spelling is on there only. Electron's own
 * dictionaries are not bundled, so Windows and Linux go without underlines rather than download.
 */

/** What the Electron wiring applies to the session before the first window. */
export interface SpellCheckPolicy {
  /** Whether text fields are spell-checked at all. */
  enabled: boolean
  /**
   * Where the Hunspell downloader is pointed, or null to leave it. A loopback address with the
   * discard port, so a download started anyway never leaves the machine and fails at once.
   */
  dictionaryDownloadUrl: string | null
  /** The Hunspell languages to load; empty loads none, so none is downloaded. */
  languages: string[] | null
}

/** Loopback, discard port: a request there goes nowhere. The trailing slash is required. */
export const NO_DICTIONARY_URL = 'http://127.0.0.1:9/'

/** The spell-checking of `platform` (Node's process.platform). */
export function spellCheckPolicy(platform: string): SpellCheckPolicy {
  if (platform === 'darwin') return { enabled: true, dictionaryDownloadUrl: null, languages: null }
  return { enabled: false, dictionaryDownloadUrl: NO_DICTIONARY_URL, languages: [] }
}
