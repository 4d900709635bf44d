import { join, normalize, relative, isAbsolute, extname } from 'node:path'
import { readFile } from 'node:fs/promises'

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
 * Resolves a request path inside the renderer folder, or null when it would leave it.
 * `/` serves index.html.
 */
export function resolveAppPath(rendererDir: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(rendererDir, wanted))
  const rel = relative(rendererDir, full)
  if (rel.startsWith('..') || isAbsolute(rel)) return null
  return full
}

/** Answers one app:// request from the built renderer files. */
export async function serveAppRequest(rendererDir: string, url: string): Promise<Response> {
  const { pathname, host } = new URL(url)
  if (host !== 'afterview') return new Response('Not found', { status: 404 })
  const file = resolveAppPath(rendererDir, pathname)
  if (!file) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(body, {
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' },
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}
