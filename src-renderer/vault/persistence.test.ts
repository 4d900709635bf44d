import { describe, expect, it } from 'vitest'
import { askToPersist, storagePersistence, type PersistentStorage } from './persistence'

function storage(already: boolean, grants: boolean | Error): PersistentStorage & { asked: number } {
  const s = {
    asked: 0,
    persisted: async () => already,
    persist: async () => {
      s.asked++
      if (grants instanceof Error) throw grants
      return grants
    },
  }
  return s
}

describe('askToPersist', () => {
  it('asks once, and only checks when storage is already persistent', async () => {
    const fresh = storage(false, true)
    expect(await askToPersist(fresh)).toBe('persistent')
    expect(fresh.asked).toBe(1)
    const kept = storage(true, false)
    expect(await askToPersist(kept)).toBe('persistent')
    expect(kept.asked).toBe(0)
    expect(storagePersistence()).toBe('persistent')
  })

  it('reports a refusal or a failure as not persistent, and a missing StorageManager', async () => {
    expect(await askToPersist(storage(false, false))).toBe('not-persistent')
    expect(await askToPersist(storage(false, new Error('denied')))).toBe('not-persistent')
    expect(storagePersistence()).toBe('not-persistent')
    expect(await askToPersist(undefined)).toBe('unsupported')
  })
})
