/**
 * Asks the browser to keep the app's storage (IndexedDB, where every record lives) from being
 * evicted under disk pressure, on every vault creation and unlock, and remembers the answer for
 * the diagnostics. A refusal changes nothing else: the data stays, the browser may only evict it
 * when the disk is nearly full.
 */

/** What the browser answered: kept, refused, or not asked (no StorageManager here). */
export type StoragePersistence = 'persistent' | 'not-persistent' | 'unsupported' | 'not-asked-yet'

let answer: StoragePersistence = 'not-asked-yet'

/** The part of `navigator.storage` used here. */
export interface PersistentStorage {
  persisted(): Promise<boolean>
  persist(): Promise<boolean>
}

/** Asks for persistent storage (once granted, only checks) and answers what the browser said. */
export async function askToPersist(
  storage: PersistentStorage | undefined = globalThis.navigator?.storage,
): Promise<StoragePersistence> {
  if (!storage?.persist || !storage.persisted) {
    answer = 'unsupported'
    return answer
  }
  try {
    const kept = (await storage.persisted()) || (await storage.persist())
    answer = kept ? 'persistent' : 'not-persistent'
  } catch {
    answer = 'not-persistent'
  }
  return answer
}

/** The last answer, for the diagnostics. */
export function storagePersistence(): StoragePersistence {
  return answer
}
