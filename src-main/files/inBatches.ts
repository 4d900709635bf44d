/**
 * File-system calls over many files, a batch at a time: each awaited call alone waits a round
 * trip through Node's thread pool, so thousands one after another (a `stat` of every attachment)
 * take seconds where batches keep the pool busy. A batch bounds how many are open at once.
 */

/** How many calls run at once by default. */
export const FILE_BATCH = 32

/** `work` over each of `items`, `batch` at a time; answers the results in the items' order. */
export async function inBatches<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  batch = FILE_BATCH,
): Promise<R[]> {
  const out: R[] = []
  for (let at = 0; at < items.length; at += batch) {
    out.push(...(await Promise.all(items.slice(at, at + batch).map(work))))
  }
  return out
}
