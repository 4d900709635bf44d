/**
 * The Content Security Policy of the app's pages. index.html carries the same policy in a meta tag
 * (for the dev server); the app:// handler also sends it as a response header, which a page cannot
 * remove. protocol.test.ts checks that the two copies agree.
 *
 * 'wasm-unsafe-eval' lets libsodium's WebAssembly compile; no 'unsafe-eval', no 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** Headers sent with every app:// response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
}
