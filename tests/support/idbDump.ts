/**
 * Reads an IndexedDB database with the raw API (not Dexie), so tests see exactly what is on disk:
 * every object store's keys and values, with bytes as hex.
 */

/** A stable text dump of every store of database `name`. */
export async function dumpIndexedDb(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  try {
    const out: Record<string, unknown> = {}
    for (const store of Array.from(db.objectStoreNames).sort()) {
      const tx = db.transaction(store, 'readonly')
      const os = tx.objectStore(store)
      const [keys, values] = await Promise.all([request(os.getAllKeys()), request(os.getAll())])
      out[store] = { keys, values }
    }
    return JSON.stringify(out, (_key, value) =>
      value instanceof Uint8Array
        ? { hex: Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('') }
        : value,
    )
  } finally {
    db.close()
  }
}

/** Every byte string stored in database `name`, decoded as Latin-1, joined (for leak scans). */
export async function rawBytesOf(name: string): Promise<string> {
  const dump = JSON.parse(await dumpIndexedDb(name)) as unknown
  const parts: string[] = []
  const walk = (v: unknown): void => {
    if (v && typeof v === 'object') {
      const hex = (v as { hex?: unknown }).hex
      if (typeof hex === 'string') {
        parts.push(String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => parseInt(h, 16))))
      } else Object.values(v).forEach(walk)
    } else if (typeof v === 'string') parts.push(v)
  }
  walk(dump)
  return parts.join('\n')
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}
