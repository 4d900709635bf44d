/**
 * A saved web page read as data, never as a page: DOMParser builds an inert document, in which no
 * script runs and nothing (images, styles, fonts) is fetched, and nothing of it is ever put into
 * the window. Out of it come the page's JSON-LD values and its visible text, laid out in lines
 * so the advert reader sees headings, paragraphs and bulleted lists as the page showed them.
 */

/** Elements whose content is never shown to a reader. */
const HIDDEN = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'IFRAME',
  'OBJECT',
])

/** Elements that start a new line. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'TD',
  'TH',
])

/** The text a reader sees in `root`: one line per block, list items as "• item". */
function visibleText(root: Node): string {
  const out: string[] = []
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '))
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const name = (node as Element).tagName.toUpperCase()
    if (HIDDEN.has(name) || (node as Element).hasAttribute('hidden')) return
    if (name === 'BR') return void out.push('\n')
    const block = BLOCKS.has(name)
    if (block) out.push('\n')
    if (name === 'LI') out.push('• ')
    if (name === 'TD' || name === 'TH') out.push(' ')
    node.childNodes.forEach(walk)
    if (block) out.push('\n')
  }
  walk(root)
  return (
    out
      .join('')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      // The items of a list stay on consecutive lines, under their heading.
      .replace(/\n{2,}(?=• )/g, '\n')
      .trim()
  )
}

/** The text of an HTML fragment, such as a JobPosting's description. */
export function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return visibleText(doc.body)
}

/** A saved page as the advert reader takes it. */
export interface SavedPage {
  /** What the page shows, in lines. */
  text: string
  /** The value of each `application/ld+json` script that parses; the others are passed over. */
  jsonLd: unknown[]
}

/** Reads a saved page's JSON-LD and visible text without running or fetching anything. */
export function readSavedPage(html: string): SavedPage {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const jsonLd: unknown[] = []
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      jsonLd.push(JSON.parse(script.textContent ?? '') as unknown)
    } catch {
      // A damaged block of page data: the text reader still reads the page.
    }
  }
  return { text: visibleText(doc.body ?? doc.documentElement), jsonLd }
}

/** True when `text` looks like a web page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(
    text.slice(0, 2048),
  )
}
