/**
 * The one way vault code gets libsodium: the sumo build, the only one with crypto_pwhash
 * (Argon2id). It is a pure computation library (WebAssembly), so src-shared may use it.
 */
import sodium from 'libsodium-wrappers-sumo'

/** The ready libsodium instance type. */
export type Sodium = typeof sodium

/** Resolves once libsodium's WebAssembly module is initialised. */
export async function loadSodium(): Promise<Sodium> {
  await sodium.ready
  return sodium
}
