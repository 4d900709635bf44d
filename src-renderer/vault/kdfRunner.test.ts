import { beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { deriveKek, newKdfParams, TEST_ONLY_KDF } from '@shared/vault/kdf'
import { workerKdf, type KdfRequest, type KdfResponse, type KdfWorker } from './kdfRunner'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

/**
 * A worker that speaks the runner's protocol with real libsodium, answering on a later task as
 * a real worker would; it records when it is ended.
 */
class SameThreadWorker implements KdfWorker {
  onmessage: KdfWorker['onmessage'] = null
  onerror: KdfWorker['onerror'] = null
  ended = false
  postMessage(request: KdfRequest): void {
    if (this.ended) throw new Error('message to an ended worker')
    if (request.op !== 'derive') throw new Error('only derive is used here')
    const key = deriveKek(sodium, request.secret, request.params)
    const response: KdfResponse = { id: request.id, ok: true, key }
    setTimeout(() => this.onmessage?.call(this as never, { data: response } as MessageEvent))
  }
  terminate(): void {
    this.ended = true
  }
}

/** A runner over same-thread workers, and the workers it started. */
function runnerWithWorkers() {
  const started: SameThreadWorker[] = []
  const runner = workerKdf(() => {
    const worker = new SameThreadWorker()
    started.push(worker)
    return worker
  })
  return { runner, started, params: newKdfParams(sodium, TEST_ONLY_KDF) }
}

describe('the key derivation worker', () => {
  it('is ended after each derivation, and a new one starts for the next', async () => {
    const { runner, started, params } = runnerWithWorkers()
    const first = await runner.derive('Ingrid’s passphrase', params)
    expect(started.map((w) => w.ended)).toEqual([true])
    const second = await runner.derive('Ingrid’s passphrase', params)
    expect(started.map((w) => w.ended)).toEqual([true, true])
    expect(second).toEqual(first)
  })

  it('ends the worker only once every derivation asked of it has answered', async () => {
    const { runner, started, params } = runnerWithWorkers()
    const both = Promise.all([runner.derive('a b c d', params), runner.derive('e f g h', params)])
    await both
    expect(started).toHaveLength(1)
    expect(started[0]!.ended).toBe(true)
  })
})
