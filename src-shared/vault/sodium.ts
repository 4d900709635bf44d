/**
 * The one way vault code gets libsodium: the sumo build, the only one with crypto_pwhash
 * (Argon2id). It is a pure computation library (WebAssembly), so src-shared may use it.
 *
 * Imported on first use, not with this module: its code and WebAssembly are most of what the
 * lock screen would otherwise parse before it can paint, and nothing needs them until unlock.
 */
import type sodium from 'libsodium-wrappers-sumo'

/** The ready libsodium instance type. */
export type Sodium = typeof sodium

/** Resolves once libsodium's WebAssembly module is initialised. */
export async function loadSodium(): Promise<Sodium> {
  const { default: instance } = await import('libsodium-wrappers-sumo')
  await instance.ready
  return instance
}
