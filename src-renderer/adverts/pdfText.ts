/**
 * The text of a PDF advert, read by the same pdf.js set-up as the preview (its worker, the app's
 * own fonts, nothing fetched from anywhere else), page by page, in lines.
 */
import { loadPdf, pageLines, pdfProblem, type PdfProblem, type TextPiece } from '../attachments/pdf'

/** The PDF's text, or why it cannot be read: damaged or protected by a password. */
export async function pdfText(
  bytes: Uint8Array,
): Promise<{ ok: true; text: string } | { ok: false; problem: PdfProblem }> {
  // loadPdf hands the bytes to the worker: the caller keeps its own copy.
  const task = await loadPdf(bytes.slice())
  try {
    const pdf = await task.promise
    const pages: string[] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      pages.push(pageLines(content.items as TextPiece[]).join('\n'))
    }
    return { ok: true, text: pages.join('\n\n').trim() }
  } catch (error) {
    return { ok: false, problem: pdfProblem(error) }
  } finally {
    await task.destroy()
  }
}
