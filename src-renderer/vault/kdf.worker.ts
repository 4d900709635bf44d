/// <reference lib="webworker" />
/**
 * The Argon2id worker: calibration and derivation off the UI thread. Keys go back to the window
 * as transferred buffers, so no copy stays here.
 */
import { loadSodium } from '@shared/vault/sodium'
import { calibrateKdf, deriveKek } from '@shared/vault/kdf'
import { isVaultError } from '@shared/vault/errors'
import type { KdfRequest, KdfResponse } from './kdfRunner'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<KdfRequest>) => {
  const request = event.data
  let response: KdfResponse
  try {
    const sodium = await loadSodium()
    if (request.op === 'calibrate') {
      response = { id: request.id, ok: true, cost: calibrateKdf(sodium, () => performance.now()) }
    } else {
      const key = deriveKek(sodium, request.secret, request.params)
      response = { id: request.id, ok: true, key }
      scope.postMessage(response, [key.buffer])
      return
    }
  } catch (error) {
    response = isVaultError(error)
      ? { id: request.id, ok: false, kind: error.kind, message: error.message }
      : { id: request.id, ok: false, kind: 'internal', message: String(error) }
  }
  scope.postMessage(response)
}
