import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { resolveAppPath, serveAppRequest } from './protocol'
import { CONTENT_SECURITY_POLICY } from './csp'

let root: string
let rendererDir: string
const SECRET = 'the user’s secret, outside the renderer folder'

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'afterview-protocol-'))
  rendererDir = path.join(root, 'renderer')
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true })
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Afterview</title>')
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(path.join(root, 'secret.txt'), SECRET)
  await writeFile(path.join(root, 'renderer-evil.txt'), SECRET)
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function get(url: string, method = 'GET') {
  const response = await serveAppRequest(rendererDir, url, method)
  return { status: response.status, headers: response.headers, text: await response.text() }
}

describe('serveAppRequest', () => {
  it('serves index.html for the root with the security headers', async () => {
    const answer = await get('app://afterview/')
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('<title>Afterview</title>')
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves a built asset with its content type', async () => {
    const answer = await get('app://afterview/assets/app.js')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    ['a plain ../', 'app://afterview/../secret.txt'],
    ['an encoded ../', 'app://afterview/%2e%2e/secret.txt'],
    ['an encoded ../ in capitals', 'app://afterview/%2E%2E%2Fsecret.txt'],
    ['an encoded slash after ..', 'app://afterview/..%2fsecret.txt'],
    ['a deeper encoded climb', 'app://afterview/assets/..%2f..%2fsecret.txt'],
    ['a double climb from an asset', 'app://afterview/assets/%2e%2e/%2e%2e/secret.txt'],
    ['a sibling folder with the same prefix', 'app://afterview/..%2frenderer-evil.txt'],
    ['an encoded backslash', 'app://afterview/..%5csecret.txt'],
    ['a null byte', 'app://afterview/index.html%00.png'],
    ['an absolute path', 'app://afterview/%2Fetc%2Fpasswd'],
    ['a doubled slash', 'app://afterview//etc/passwd'],
    ['a drive letter', 'app://afterview/C:%5CWindows%5Cwin.ini'],
    ['a malformed escape', 'app://afterview/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a folder', 'app://afterview/assets'],
  ])('never serves a file outside the build: %s', async (_name, url) => {
    const answer = await get(url)
    expect(answer.status).toBe(404)
    expect(answer.text).not.toContain(SECRET)
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://afterview/', 'POST')).status).toBe(405)
    expect((await get('app://afterview/', 'PUT')).status).toBe(405)
    const head = await get('app://afterview/', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.text).toBe('')
  })

  it('sends the security headers with refusals too', async () => {
    const answer = await get('app://afterview/missing.js')
    expect(answer.status).toBe(404)
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('resolveAppPath', () => {
  it.each([
    ['posix', path.posix, '/opt/afterview/renderer'],
    ['win32', path.win32, 'C:\\Program Files\\Afterview\\renderer'],
  ] as const)('keeps every path inside the renderer folder on %s', (_os, paths, dir) => {
    expect(resolveAppPath(dir, '/', paths)).toBe(paths.join(dir, 'index.html'))
    expect(resolveAppPath(dir, '/assets/app.js', paths)).toBe(paths.join(dir, 'assets', 'app.js'))
    for (const attack of [
      '/../x',
      '/%2e%2e/x',
      '/%2e%2e%2f%2e%2e%2fx',
      '/assets/../../x',
      '/..',
      '/.',
      '/%5c..%5cx',
      '/C:/Windows/win.ini',
      '/D:%5Cx',
      '/%5C%5Cserver%5Cshare',
      '/a%00b',
      '/%ff',
    ]) {
      const resolved = resolveAppPath(dir, attack, paths)
      if (resolved === null) continue
      const rel = paths.relative(dir, resolved)
      expect(rel.startsWith('..') || paths.isAbsolute(rel), attack).toBe(false)
    }
  })

  it('refuses backslashes, colons and null bytes outright', () => {
    for (const bad of ['/a%5Cb', '/a:b', '/a%3Ab', '/a%00']) {
      expect(resolveAppPath('/opt/r', bad)).toBeNull()
    }
  })
})

describe('the Content Security Policy', () => {
  it('is the same in index.html and in the app:// response header', async () => {
    const html = await readFile(path.resolve(__dirname, '../../src-renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no inline script, no eval and no remote origin', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values] as const
      }),
    )
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/)
  })

  it('allows no frames and no plugins: PDFs are drawn by pdf.js, not shown in a frame', () => {
    const names = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)[0])
    // Without frame-src or child-src, default-src 'none' refuses every frame, blob: ones too.
    expect(names).not.toContain('frame-src')
    expect(names).not.toContain('child-src')
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'")
  })
})
