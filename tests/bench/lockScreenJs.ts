/**
 * The JavaScript a browser must fetch and parse before the lock screen can paint: the built
 * index.html's module script and module preloads, and every chunk they import statically, in
 * turn. Chunks reached only through `import()` (the shell, the features, libsodium) load after.
 */
import { readFile } from 'node:fs/promises'
import { join, posix } from 'node:path'

/** The chunks the lock screen needs, relative to the renderer folder, and their total size. */
export interface LockScreenJs {
  files: string[]
  bytes: number
}

const ENTRY_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g
const PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g
// `import{a as b}from"./x.js"` and `import"./x.js"`: a static import, never `import("./x.js")`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g

/** Follows the static imports from `rendererDir`/index.html; sizes are bytes on disk. */
export async function lockScreenJs(rendererDir: string): Promise<LockScreenJs> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  const queue = [...html.matchAll(ENTRY_SCRIPT), ...html.matchAll(PRELOAD)].map((m) =>
    posix.normalize(m[1]!),
  )
  const seen = new Set<string>()
  let bytes = 0
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = await readFile(join(rendererDir, file))
    bytes += code.byteLength
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(posix.join(posix.dirname(file), m[1]!))
    }
  }
  return { files: [...seen], bytes }
}
