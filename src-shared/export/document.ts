/**
 * The house style of every exported Word document: A4 pages with 25 mm margins (inside what
 * office printers can reach), real heading styles so Word's navigation pane works, one table
 * style, and a footer with the user's name and the page number.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx'

/** Twips (1/20 of a point) per millimetre: Word measures page geometry in twips. */
export const TWIPS_PER_MM = 56.6929

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const

/** 25 mm margins all round, in twips. */
export const MARGIN = Math.round(25 * TWIPS_PER_MM)

/** The width text and tables can use on an A4 page, in twips. */
export const TEXT_WIDTH = A4.width - 2 * MARGIN

/** The palette, as hex without `#` (Word's form): dark ink, one accent, a muted grey. */
export const COLOURS = {
  ink: '1D2129',
  accent: '2643A8',
  accentSoft: 'E3E9FB',
  muted: '5B6270',
  rule: 'C9CED8',
  band: 'F3F4F7',
  warning: '9A5B00',
} as const

/**
 * Calibri and Cambria come with Word on Windows and macOS; LibreOffice swaps in Carlito and
 * Caladea, drawn to the same metrics, so pages break in the same places everywhere. (Arial has a
 * twin in Liberation Sans, but Georgia has none and the pages reflowed.)
 */
export const FONTS = { body: 'Calibri', display: 'Cambria' } as const

/** The sheet a document prints on: Letter in North America, A4 elsewhere. */
export type Paper = 'a4' | 'letter'

/** Letter in twips, portrait. */
const LETTER = { width: 12240, height: 15840 } as const

/** The size of `paper` in twips, portrait. */
export function paperSize(paper: Paper): { width: number; height: number } {
  return paper === 'letter' ? LETTER : A4
}

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PR'])

/** The paper people in `locale`'s region print on (`en-US` Letter, `en-IE` A4). */
export function paperFor(locale: string): Paper {
  let region: string | undefined
  try {
    region = new Intl.Locale(locale).maximize().region
  } catch {
    region = undefined
  }
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4'
}

/** Half-points, Word's unit for font sizes. */
const pt = (points: number) => points * 2

/** The document's styles: body text, title, two heading levels, a lede and small print. */
function styles(extra: IParagraphStyleOptions[]) {
  return {
    default: {
      document: { run: { font: FONTS.body, size: pt(10.5), color: COLOURS.ink } },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        run: { font: FONTS.body, size: pt(10.5), color: COLOURS.ink },
        paragraph: { spacing: { after: 120, line: 288 } },
      },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONTS.display, size: pt(24), color: COLOURS.accent },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'Heading1',
        name: 'Heading 1',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONTS.display, size: pt(15), color: COLOURS.accent },
        paragraph: {
          spacing: { before: 360, after: 120 },
          keepNext: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.rule, space: 4 } },
        },
      },
      {
        id: 'Heading2',
        name: 'Heading 2',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(11.5), bold: true, color: COLOURS.ink },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
      },
      {
        id: 'Lede',
        name: 'Lede',
        basedOn: 'Normal',
        run: { size: pt(11), color: COLOURS.muted },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'Small',
        name: 'Small',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: COLOURS.muted },
      },
      {
        // Words to say or send, set off by a rule in the margin.
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        paragraph: {
          indent: { left: 360 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.rule, space: 10 } },
        },
      },
      ...extra,
    ],
  }
}

/** A page footer: who the document belongs to and the page number, in small print. */
function footer(ownerName: string): Footer {
  const owner = ownerName.trim() ? `${ownerName.trim()} · private notes` : 'Private notes'
  return new Footer({
    children: [
      new Paragraph({
        style: 'Small',
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun(`${owner} · page `),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' of '),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  })
}

/** An A4 section with the house margins and footer. */
export function a4Section(
  ownerName: string,
  children: ISectionOptions['children'],
): ISectionOptions {
  return {
    properties: {
      page: {
        size: A4,
        margin: {
          top: MARGIN,
          bottom: MARGIN,
          left: MARGIN,
          right: MARGIN,
          header: 567,
          footer: 567,
        },
      },
    },
    footers: { default: footer(ownerName) },
    children,
  }
}

/**
 * A Word document with the house styles and the given sections. Its properties name the app as
 * author and last editor: a document forwarded to an employer carries nothing about the user
 * beyond what is printed on it.
 */
export function houseDocument(options: {
  title: string
  sections: ISectionOptions[]
  /** Paragraph styles only this document needs. */
  extraStyles?: IParagraphStyleOptions[]
}): Document {
  return new Document({
    creator: 'Afterview',
    lastModifiedBy: 'Afterview',
    title: options.title,
    description: 'Made with Afterview',
    styles: styles(options.extraStyles ?? []),
    sections: options.sections,
  })
}

/** A paragraph in a named style. */
export function para(text: string, style?: string): Paragraph {
  return new Paragraph({ ...(style ? { style } : {}), children: [new TextRun(text)] })
}

/**
 * Free text as paragraphs: blank lines separate paragraphs, single line breaks are kept. With
 * `together`, the text stays on one page where it fits (each paragraph kept whole and with the
 * next), so a message never leaves "Dear Siobhán," alone at the foot of a page.
 */
export function paragraphs(
  text: string,
  style?: string,
  options: { together?: boolean } = {},
): Paragraph[] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
  return blocks.map(
    (block, i) =>
      new Paragraph({
        ...(style ? { style } : {}),
        ...(options.together ? { keepLines: true, keepNext: i < blocks.length - 1 } : {}),
        children: block.split('\n').map((line, j) => new TextRun({ text: line, break: j ? 1 : 0 })),
      }),
  )
}

/** A bulleted list item. */
export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] })
}

/**
 * A checklist line with an empty or filled box, for printing and ticking by hand. The boxes are
 * U+25A1 and U+25A0, which every body font above has (the ballot boxes need Segoe UI Symbol).
 */
export function checkItem(text: string, done: boolean): Paragraph {
  return new Paragraph({
    indent: { left: 360, hanging: 360 },
    children: [
      new TextRun({ text: done ? '■' : '□', color: COLOURS.accent }),
      new TextRun({ children: [new Tab(), text], ...(done ? { color: COLOURS.muted } : {}) }),
    ],
    tabStops: [{ type: 'left', position: 360 }],
  })
}

/** One cell of a house table. */
export interface Cell {
  text: string
  bold?: boolean
  colour?: string
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule }
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

function cell(content: Cell, width: number, header: boolean, banded: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 80, bottom: 80, left: 110, right: 110 },
    ...(header
      ? { shading: { type: ShadingType.CLEAR, fill: COLOURS.accent, color: 'auto' } }
      : banded
        ? { shading: { type: ShadingType.CLEAR, fill: COLOURS.band, color: 'auto' } }
        : {}),
    children: content.text.split('\n').map(
      (line) =>
        new Paragraph({
          spacing: { after: 0, line: 264 },
          children: [
            new TextRun({
              text: line,
              bold: header || content.bold === true,
              color: header ? 'FFFFFF' : (content.colour ?? COLOURS.ink),
              ...(header ? { size: pt(9.5) } : {}),
            }),
          ],
        }),
    ),
  })
}

/**
 * The house table: a shaded header row (repeated on each page), light horizontal rules, banded
 * body rows that may split across pages. `widths` are fractions of the text width and should add
 * up to 1.
 */
export function houseTable(headers: string[], rows: Cell[][], widths: number[]): Table {
  const twips = widths.map((w) => Math.round(w * TEXT_WIDTH))
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders: {
      top: RULE,
      bottom: RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: RULE,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) => cell({ text: h }, twips[i]!, true, false)),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            children: row.map((c, i) => cell(c, twips[i]!, false, r % 2 === 1)),
          }),
      ),
    ],
  })
}

/** The document as base64 bytes: the form they cross the bridge in. Works in node and the renderer. */
export function docxToBase64(document: Document): Promise<string> {
  return Packer.toBase64String(document)
}
