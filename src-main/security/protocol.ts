import * as path from 'node:path'
import type { PlatformPath } from 'node:path'
import { readFile } from 'node:fs/promises'
import { APP_ORIGIN } from '../ipc/sender'
import { SECURITY_HEADERS } from './csp'

/** The host of every app:// URL: `afterview`. */
const APP_HOST = new URL(APP_ORIGIN).host

/** Content types of what the renderer build contains. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/**
 * Resolves a request path inside the renderer folder, or null when it would leave it. `/` serves
 * index.html. Backslashes, colons (drive letters, Windows streams) and null bytes never occur in
 * the build's file names, so a path containing one is refused before it reaches the file system.
 * `paths` is the platform's path module; tests pass `path.win32` to check Windows rules too.
 */
export function resolveAppPath(
  rendererDir: string,
  pathname: string,
  paths: PlatformPath = path,
): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (/[\0\\:]/.test(decoded)) return null
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = paths.normalize(paths.join(rendererDir, wanted))
  const rel = paths.relative(rendererDir, full)
  if (rel === '' || rel === '..' || rel.startsWith(`..${paths.sep}`) || paths.isAbsolute(rel)) {
    return null
  }
  return full
}

/**
 * Answers one app:// request from the built renderer files, with the security headers of csp.ts.
 * Only GET and HEAD are served; the renderer has nothing to post to.
 */
export async function serveAppRequest(
  rendererDir: string,
  url: string,
  method = 'GET',
): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return answer(405, 'Method not allowed')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return answer(404, 'Not found')
  }
  if (parsed.protocol !== 'app:' || parsed.host !== APP_HOST) return answer(404, 'Not found')
  const file = resolveAppPath(rendererDir, parsed.pathname)
  if (!file) return answer(404, 'Not found')
  try {
    const body = await readFile(file)
    return new Response(method === 'HEAD' ? null : body, {
      headers: {
        ...SECURITY_HEADERS,
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      },
    })
  } catch {
    return answer(404, 'Not found')
  }
}

function answer(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  })
}
