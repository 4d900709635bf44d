/**
 * PDF previews with pdf.js, drawn on canvases inside the window. Electron's own PDF viewer needs
 * plugins, which the app keeps off (docs/SECURITY.md), so the preview parses the file itself: in
 * pdf.js's worker, loaded from the app's own origin, with no eval. pdf.js is imported on first
 * use only, so the app starts without it.
 */
import type { PDFDocumentLoadingTask } from 'pdfjs-dist'

/** Why a file named as a PDF cannot be shown (the kinds messages.ts explains). */
export type PdfProblem = 'unreadable-pdf' | 'protected-pdf'

/** Where pdf.js's data files are served from, relative to the page (see electron.vite.config). */
export const PDFJS_ASSETS = 'pdfjs'

/** pdf.js may look for the header this far into the file, as PDF readers do. */
const HEADER_WINDOW = 1024
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

/**
 * True when `bytes` start like a PDF: `%PDF-` within the first kilobyte. Anything else (a Word
 * file or a picture renamed to .pdf) is refused before pdf.js is even loaded.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length
  for (let at = 0; at <= end; at++) {
    if (HEADER.every((b, i) => bytes[at + i] === b)) return true
  }
  return false
}

/** The kind of problem behind a pdf.js failure: a password, or anything else (damaged). */
export function pdfProblem(error: unknown): PdfProblem {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : ''
  return name === 'PasswordException' ? 'protected-pdf' : 'unreadable-pdf'
}

/** One piece of a page's text content as pdf.js returns it (marked-content items have no str). */
export interface TextPiece {
  str?: string
  hasEOL?: boolean
  type?: string
}

/**
 * A page's text as lines, for screen readers: pdf.js's pieces joined, a new line where pdf.js
 * saw one, blank lines dropped and runs of spaces collapsed.
 */
export function pageLines(pieces: readonly TextPiece[]): string[] {
  const lines: string[] = []
  let line = ''
  for (const piece of pieces) {
    if (typeof piece.str !== 'string') continue
    line += piece.str
    if (piece.hasEOL) {
      lines.push(line)
      line = ''
    }
  }
  lines.push(line)
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '')
}

/** How to draw one page across a width: its size on screen (CSS px) and on the canvas. */
export interface PageFit {
  /** pdf.js viewport scale: canvas pixels per PDF point. */
  scale: number
  /** The canvas's size in device pixels. */
  pixelWidth: number
  pixelHeight: number
}

/** A cap on one canvas (device pixels, about 64 MB of RGBA) so a very long page cannot exhaust memory. */
export const MAX_CANVAS_PIXELS = 16_000_000

/**
 * Fits a page `pageWidth` x `pageHeight` (PDF points) to `cssWidth` CSS pixels, sharp at
 * `devicePixelRatio` (pixels per CSS pixel), within MAX_CANVAS_PIXELS (softer, never larger).
 */
export function fitPage(
  pageWidth: number,
  pageHeight: number,
  cssWidth: number,
  devicePixelRatio: number,
): PageFit {
  let scale = (Math.max(cssWidth, 1) / pageWidth) * Math.max(devicePixelRatio, 1)
  const area = pageWidth * pageHeight * scale * scale
  if (area > MAX_CANVAS_PIXELS) scale *= Math.sqrt(MAX_CANVAS_PIXELS / area)
  return {
    scale,
    pixelWidth: Math.max(1, Math.floor(pageWidth * scale)),
    pixelHeight: Math.max(1, Math.floor(pageHeight * scale)),
  }
}

/** The page-relative URL of one folder of pdf.js's data files, with the trailing slash it wants. */
function assetUrl(folder: string): string {
  return new URL(`${PDFJS_ASSETS}/${folder}/`, document.baseURI).href
}

/**
 * Starts parsing `bytes` in pdf.js's worker. The bytes are transferred to the worker, not copied:
 * the caller's array is empty afterwards. `destroy()` on the task ends the worker, which drops
 * the decrypted file and everything parsed from it.
 */
export async function loadPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ])
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default
  return pdfjs.getDocument({
    data: bytes,
    // pdf.js 6 has no isEvalSupported option: it no longer evaluates code at all (PostScript
    // functions are interpreted or compiled to WebAssembly), which the CSP's lack of
    // 'unsafe-eval' enforces anyway.
    // No scripts in PDFs, no XFA forms, no fonts from the system: only what the file holds and
    // the app ships.
    enableXfa: false,
    useSystemFonts: false,
    standardFontDataUrl: assetUrl('standard_fonts'),
    cMapUrl: assetUrl('cmaps'),
    wasmUrl: assetUrl('wasm'),
    // pdf.js lets its worker fetch these only from http(s): pages, so under app:// the page
    // fetches them for it. Saying so here makes the test server (http:) behave like the app.
    useWorkerFetch: false,
    verbosity: 0,
  })
}
