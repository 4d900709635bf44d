/**
 * Reads a .docx back for assertions: unzips it and pulls the text out of word/document.xml as
 * paragraphs and tables, so tests check what a reader would see rather than how docx built it.
 */
import { strFromU8, unzipSync } from 'fflate'

/** What a document says. */
export interface DocxText {
  /** Every paragraph's text in order, table cells included. */
  paragraphs: string[]
  /** Each table as rows of cell texts (a cell's paragraphs joined by a line break). */
  tables: string[][][]
  /** The names of the paragraph styles used, in order of paragraphs. */
  styles: (string | null)[]
  /** The raw XML, for checks on page geometry. */
  xml: string
  /** All files in the package. */
  files: string[]
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

function paragraphText(xml: string): string {
  const parts: string[] = []
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
    if (m[0] === '<w:br/>') parts.push('\n')
    else if (m[0] === '<w:tab/>') parts.push('\t')
    else parts.push(unescape(m[1] ?? ''))
  }
  return parts.join('')
}

const PARAGRAPH = /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g

/** Unzips `bytes` and reads word/document.xml. */
export function readDocx(bytes: Uint8Array): DocxText {
  const files = unzipSync(bytes)
  const entry = files['word/document.xml']
  if (!entry) throw new Error('Not a Word document: word/document.xml is missing')
  const xml = strFromU8(entry)
  const found = [...xml.matchAll(PARAGRAPH)].map((m) => m[0])
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(PARAGRAPH)].map((p) => paragraphText(p[0])).join('\n'),
      ),
    ),
  )
  return {
    paragraphs: found.map(paragraphText),
    styles: found.map((p) => /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null),
    tables,
    xml,
    files: Object.keys(files),
  }
}

/** Reads base64 bytes, as they cross the bridge. */
export function readDocxBase64(base64: string): DocxText {
  return readDocx(new Uint8Array(Buffer.from(base64, 'base64')))
}
