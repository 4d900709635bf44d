import { describe, expect, it } from 'vitest'
import { fitPage, looksLikePdf, MAX_CANVAS_PIXELS, pageLines, pdfProblem } from './pdf'
import { messageFor } from '../errors/sentences'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('looksLikePdf', () => {
  it('accepts a file that starts with the PDF header', () => {
    expect(looksLikePdf(bytes('%PDF-1.7\n1 0 obj'))).toBe(true)
  })

  it('accepts a header after some leading junk, as PDF readers do', () => {
    expect(looksLikePdf(bytes(`${' '.repeat(500)}%PDF-1.4`))).toBe(true)
  })

  it.each([
    ['a picture renamed to .pdf', '\x89PNG\r\n\x1a\n'],
    ['a Word file renamed to .pdf', 'PK\x03\x04 word/document.xml'],
    ['an empty file', ''],
    ['a header cut short', '%PDF'],
    ['a header past the first kilobyte', `${' '.repeat(1024)}%PDF-1.4`],
  ])('refuses %s', (_name, text) => {
    expect(looksLikePdf(bytes(text))).toBe(false)
  })
})

describe('pdfProblem', () => {
  it('tells a password-protected PDF from a damaged one, each with its own sentence', () => {
    const password = Object.assign(new Error('No password given'), { name: 'PasswordException' })
    const invalid = Object.assign(new Error('Invalid PDF'), { name: 'InvalidPDFException' })
    expect(pdfProblem(password)).toBe('protected-pdf')
    expect(pdfProblem(invalid)).toBe('unreadable-pdf')
    expect(pdfProblem('anything else')).toBe('unreadable-pdf')
    expect(messageFor(pdfProblem(password))).toMatch(/password/)
    expect(messageFor(pdfProblem(invalid))).toMatch(/damaged/)
  })
})

describe('pageLines', () => {
  it('joins pdf.js pieces into the lines a screen reader reads', () => {
    const pieces = [
      { str: 'Offer of ', hasEOL: false },
      { str: 'employment', hasEOL: true },
      { type: 'beginMarkedContent' },
      { str: '  Salary   52,000 ', hasEOL: true },
      { str: '', hasEOL: true },
      { str: 'Start date: 1 May' },
    ]
    expect(pageLines(pieces)).toEqual(['Offer of employment', 'Salary 52,000', 'Start date: 1 May'])
  })

  it('gives no lines for a page without text, such as a scan', () => {
    expect(pageLines([])).toEqual([])
    expect(pageLines([{ type: 'endMarkedContent' }, { str: ' ', hasEOL: true }])).toEqual([])
  })
})

describe('fitPage', () => {
  it('fits a Letter page to the width, one canvas pixel per CSS pixel on a plain screen', () => {
    expect(fitPage(612, 792, 612, 1)).toEqual({ scale: 1, pixelWidth: 612, pixelHeight: 792 })
  })

  it('doubles the canvas on a high-density screen so the text stays sharp', () => {
    const fit = fitPage(612, 792, 800, 2)
    expect(fit.pixelWidth).toBe(1600)
    expect(fit.pixelHeight).toBe(Math.floor(792 * (1600 / 612)))
  })

  it('keeps a very long page within the canvas limit by softening it', () => {
    const fit = fitPage(612, 792 * 40, 900, 2)
    expect(fit.pixelWidth * fit.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_PIXELS)
    expect(fit.pixelWidth).toBeGreaterThan(100)
    // The page keeps its shape (to within the rounding of whole pixels).
    expect(fit.pixelHeight / fit.pixelWidth).toBeCloseTo(40 * (792 / 612), 0)
  })

  it('never asks for an empty canvas, even before the preview has a width', () => {
    const fit = fitPage(612, 792, 0, 0)
    expect(fit.pixelWidth).toBeGreaterThanOrEqual(1)
    expect(fit.pixelHeight).toBeGreaterThanOrEqual(1)
  })
})
