/**
 * Test helpers for the vault: the tiny test-only KDF cost, and assertions on typed errors.
 * Production code never imports this file.
 */
import { resolve } from 'node:path'
import { expect } from 'vitest'
import { isVaultError, type VaultErrorKind } from '@shared/vault/errors'
import { TEST_ONLY_KDF } from '@shared/vault/kdf'
import type { SlotCostOptions } from '@shared/vault/vaultKeys'

/** The repository's root folder. */
export const repoRoot = resolve(import.meta.dirname, '../..')

/** The shared test data folder, which CI checks out beside the repository. */
export const sharedTestdata = resolve(repoRoot, '../shared/testdata')

/** Creation options with the tiny test-only Argon2id cost. */
export const weakKdf: SlotCostOptions = { cost: TEST_ONLY_KDF, testOnlyWeakKdf: true }

/** The kind of the VaultError `run` throws; fails the test on success or any other error. */
export function kindOf(run: () => unknown): VaultErrorKind {
  try {
    run()
  } catch (error) {
    if (isVaultError(error)) return error.kind
    throw error
  }
  throw new Error('expected a VaultError, but nothing was thrown')
}

/** Async form of kindOf. */
export async function kindOfAsync(run: () => Promise<unknown>): Promise<VaultErrorKind> {
  try {
    await run()
  } catch (error) {
    if (isVaultError(error)) return error.kind
    throw error
  }
  throw new Error('expected a VaultError, but nothing was thrown')
}

/** Asserts `run` throws a VaultError of `kind`. */
export function expectKind(run: () => unknown, kind: VaultErrorKind): void {
  expect(kindOf(run)).toBe(kind)
}

/** A copy of `bytes` with byte `index` XOR-ed with `mask`. */
export function flipped(bytes: Uint8Array, index: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice()
  copy[index] = (copy[index] ?? 0) ^ mask
  return copy
}

/** Random test bytes. libsodium's randombytes_buf is slow for large buffers in JS, so use WebCrypto. */
export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i += 65536)
    crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65536)))
  return out
}
