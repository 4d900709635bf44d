/**
 * An advert from a file the user dropped or opened: a saved web page (its JSON-LD JobPosting first,
 * its visible text for the rest), a PDF (its text) or plain text, read by the one advert reader in
 * src-shared. Anything else (an empty file, a picture, a scanned PDF with no text) is refused with
 * the reason, before anything is kept.
 */
import { jobPostingsIn, readJobPosting } from '@shared/adverts/jsonLd'
import { mergeProposals } from '@shared/adverts/proposal'
import { readAdvertText } from '@shared/adverts/textReader'
import type { ProposedTerm, ReadingContext } from '@shared/adverts/terms'
import { looksLikePdf, type PdfProblem } from '../attachments/pdf'
import { htmlText, looksLikeHtml, readSavedPage } from './page'
import { pdfText } from './pdfText'

/** Why a file holds no advert to read (their sentences are in errors/sentences.ts). */
export type AdvertFileProblem = 'empty-advert' | 'not-an-advert' | 'scanned-pdf'

/** An advert read: its text, to keep with the application, and the terms proposed from it. */
export type AdvertReading =
  | { ok: true; text: string; terms: ProposedTerm[] }
  | { ok: false; problem: AdvertFileProblem | PdfProblem }

/** Control characters other than tab, line feed, form feed and carriage return: a binary file. */
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/

/**
 * The file's text: UTF-16 when it starts with that byte-order mark, else UTF-8, else (a page
 * saved by an old Windows program) Windows-1252; null for a binary file.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const [a, b] = [bytes[0], bytes[1]]
  let text: string
  if (a === 0xff && b === 0xfe) text = new TextDecoder('utf-16le').decode(bytes)
  else if (a === 0xfe && b === 0xff) text = new TextDecoder('utf-16be').decode(bytes)
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes)
    }
  }
  return BINARY.test(text.slice(0, 65_536)) ? null : text
}

/** The terms of a pasted advert. */
export function readPastedAdvert(text: string, ctx: ReadingContext): ProposedTerm[] {
  return readAdvertText(text, ctx)
}

/** The terms of a saved page: its JobPosting data first, its visible text for the rest. */
export function readPage(
  html: string,
  ctx: ReadingContext,
): { text: string; terms: ProposedTerm[] } {
  const page = readSavedPage(html)
  const posting = jobPostingsIn(page.jsonLd)[0]
  const data = posting ? readJobPosting(posting) : null
  const text = page.text || (data?.descriptionHtml ? htmlText(data.descriptionHtml) : '')
  return { text, terms: mergeProposals(data?.terms ?? [], readAdvertText(text, ctx)) }
}

/** Reads the advert in a file named `name`; the bytes are left as they were. */
export async function readAdvertFile(
  name: string,
  bytes: Uint8Array,
  ctx: ReadingContext,
): Promise<AdvertReading> {
  if (bytes.length === 0) return { ok: false, problem: 'empty-advert' }
  if (looksLikePdf(bytes)) {
    const read = await pdfText(bytes)
    if (!read.ok) return read
    if (!read.text.trim()) return { ok: false, problem: 'scanned-pdf' }
    return { ok: true, text: read.text, terms: readAdvertText(read.text, ctx) }
  }
  if (/\.pdf$/i.test(name)) return { ok: false, problem: 'unreadable-pdf' }
  const text = decodeText(bytes)
  if (text === null) return { ok: false, problem: 'not-an-advert' }
  if (!text.trim()) return { ok: false, problem: 'empty-advert' }
  if (/\.html?$/i.test(name) || looksLikeHtml(text)) {
    const page = readPage(text, ctx)
    if (!page.text.trim() && page.terms.length === 0) return { ok: false, problem: 'empty-advert' }
    return { ok: true, ...page }
  }
  return { ok: true, text: text.trim(), terms: readAdvertText(text, ctx) }
}
