/**
 * A CSV file as the user picked it (another tracker's export, a spreadsheet saved as CSV) read
 * into a header and rows of text, or refused with a reason the user can act on.
 *
 * Bytes are decoded here, not in main: UTF-8 with or without a byte-order mark, UTF-16 with its
 * mark, and otherwise Windows-1252 (what Excel on Windows saves as "CSV"), since bytes that are not
 * valid UTF-8 are far more likely to be that than anything else. Parsing is papaparse's, which
 * also guesses the separator (comma, semicolon, tab or bar). Cells stay text: nothing is ever
 * evaluated, and the apostrophe this app's own CSV export puts before a formula-looking cell is
 * taken off again, so an export reads back as it was typed.
 */
import Papa from 'papaparse'

/** How a file's bytes were read. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** A file read as a table: its first row as the header, then the rows, all text. */
export interface CsvTable {
  header: string[]
  /** The rows after the header, each as long as the header (short rows padded with ''). */
  rows: string[][]
  /** Each row's number as a spreadsheet shows it (the header is row 1). */
  rowNumbers: number[]
  /** Rows whose cells did not line up with the header: their number and what was wrong. */
  badRows: Array<{ row: number; problem: string }>
  encoding: CsvEncoding
  delimiter: string
}

/** Why a whole file cannot be imported. */
export type CsvFileError =
  | { kind: 'empty' }
  | { kind: 'binary' }
  | { kind: 'header-only' }
  | { kind: 'one-column' }
  | { kind: 'unclosed-quote'; row: number }

/** Reads the picked file's bytes as a table, or says why the whole file cannot be imported. */
export function readCsvFile(
  bytes: Uint8Array,
): { ok: true; table: CsvTable } | { ok: false; error: CsvFileError } {
  const decoded = decodeCsvBytes(bytes)
  if (!decoded.ok) return decoded
  return parseCsvText(decoded.text, decoded.encoding)
}

/** The text of a CSV file's bytes and the encoding it was read in, or why it is not text. */
export function decodeCsvBytes(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: CsvEncoding } | { ok: false; error: CsvFileError } {
  let encoding: CsvEncoding = 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le'
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be'
  let text: string
  if (encoding !== 'utf-8') text = new TextDecoder(encoding).decode(bytes)
  else {
    // A NUL byte never appears in text of a single-byte encoding: this is a program, an image
    // or a spreadsheet's own format (.xlsx is a zip), not a CSV.
    if (bytes.includes(0)) return { ok: false, error: { kind: 'binary' } }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      encoding = 'windows-1252'
      text = new TextDecoder('windows-1252').decode(bytes)
    }
  }
  text = text.replace(/^\uFEFF/, '')
  if (encoding !== 'utf-8' && text.includes('\u0000')) {
    return { ok: false, error: { kind: 'binary' } }
  }
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } }
  return { ok: true, text, encoding }
}

/** Parses CSV text: separator guessed, blank lines skipped, every cell kept as text. */
export function parseCsvText(
  text: string,
  encoding: CsvEncoding,
): { ok: true; table: CsvTable } | { ok: false; error: CsvFileError } {
  // Blank lines are dropped here rather than by papaparse, so row numbers stay the spreadsheet's.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'] })
  const quote = parsed.errors.find((e) => e.code === 'MissingQuotes')
  if (quote) return { ok: false, error: { kind: 'unclosed-quote', row: (quote.row ?? 0) + 1 } }
  const lines = parsed.data
    .map((cells, index) => ({ cells, row: index + 1 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  const [first, ...data] = lines
  const header = first?.cells ?? []
  if (header.length <= 1 && data.every(({ cells }) => cells.length <= 1)) {
    return { ok: false, error: { kind: data.length === 0 ? 'empty' : 'one-column' } }
  }
  if (data.length === 0) return { ok: false, error: { kind: 'header-only' } }
  const width = header.length
  const table: CsvTable = {
    header: header.map((h) => h.trim()),
    rows: [],
    rowNumbers: [],
    badRows: [],
    encoding,
    delimiter: parsed.meta.delimiter,
  }
  for (const { cells, row } of data) {
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      table.badRows.push({
        row,
        problem: `it has ${cells.length} cells where the header has ${width}; is there a separator in a cell without quotes around it?`,
      })
      continue
    }
    table.rows.push(Array.from({ length: width }, (_, i) => plainCell(cells[i] ?? '')))
    table.rowNumbers.push(row)
  }
  return { ok: true, table }
}

/** A cell as typed: this app's export writes `'=1+1` for `=1+1`, so a spreadsheet shows it. */
function plainCell(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell
}
