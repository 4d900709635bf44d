/**
 * A printable thank-you card for one interviewer, one file each, so forwarding it shares no one
 * else's card. The advice behind it: a handwritten-style card after an in-person interview stands
 * out, and each interviewer gets their own message rather than a copy.
 *
 * The layout prints on an ordinary A4 or Letter sheet, printed side in, folded once along a faint
 * guide across the middle: the upper half is the inside of the flap ("Thank you", who it is for),
 * the lower half holds the message. Each half is a table row of exact height, so a long message
 * can never spill across the fold; the builder refuses one that would not fit instead.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type Document,
} from 'docx'
import type { IsoDate } from '../domain'
import { RuleInputError } from '../rules/errors'
import { bracketedGap } from '../rules/drafts/format'
import { COLOURS, FONTS, TWIPS_PER_MM, houseDocument, paperSize, type Paper } from './document'
import { documentDate } from '../presenters/format'

/** One card: who it is for and what it says. */
export interface ThankYouCard {
  interviewerName: string
  /** Their job title, printed small under their name. */
  interviewerTitle: string
  /** "Dear Priya," by default: the caller may pass the greeting the user edited. */
  greeting?: string
  /** The personalised message; blank lines separate paragraphs. */
  message: string
  /** "With thanks," by default. */
  signOff?: string
}

/** Everything one card needs. */
export interface ThankYouCardInput {
  /** The user's name, as they sign. */
  ownerName: string
  company: string
  role: string
  /** The date written on the card. */
  writtenOn: IsoDate
  /** The sheet it prints on; the fold sits at its middle either way. */
  paper: Paper
  card: ThankYouCard
}

/** Characters of message a card holds at its smaller type size; longer is refused, not cut. */
export const MAX_CARD_MESSAGE = 900

/** Above this many characters the message is set a size smaller so it stays on its half. */
const SMALLER_TYPE_FROM = 480

const EDGE_MARGIN = Math.round(12 * TWIPS_PER_MM)
const FOLD = { style: BorderStyle.DASHED, size: 4, color: COLOURS.rule }
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name
}

/**
 * Refuses a card that would print something the user did not mean: a bracketed gap still to
 * fill, or a message too long for its half of the sheet. The error names the field.
 */
function checkCard(card: ThankYouCard): void {
  for (const field of ['greeting', 'message', 'signOff'] as const) {
    const gap = bracketedGap(card[field] ?? '')
    if (gap) throw new RuleInputError('unfilled-gap', `card.${field}`, `Fill in ${gap} first`)
  }
  if (!card.message.trim()) throw new RuleInputError('unfilled-gap', 'card.message', 'No message')
  if ([...card.message].length > MAX_CARD_MESSAGE)
    throw new RuleInputError('too-long', 'card.message', 'Too long for a card')
}

const display = (text: string, halfPoints: number, colour: string = COLOURS.ink) =>
  new TextRun({ text, font: FONTS.display, size: halfPoints, color: colour })

/** One half of the sheet: a full-width row of exact height. */
function half(height: number, width: number, children: Paragraph[], last: boolean): TableRow {
  return new TableRow({
    height: { value: height, rule: HeightRule.EXACT },
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        verticalAlign: last ? VerticalAlign.TOP : VerticalAlign.CENTER,
        margins: { top: 700, bottom: 500, left: 1100, right: 1100 },
        borders: { top: last ? FOLD : NONE, bottom: NONE, left: NONE, right: NONE },
        children,
      }),
    ],
  })
}

/**
 * Builds one interviewer's card. Throws `RuleInputError('unfilled-gap')` while any part still
 * holds a bracketed prompt or the message is empty, and `too-long` when it would not fit.
 */
export function buildThankYouCard(input: ThankYouCardInput): Document {
  const c = input.card
  checkCard(c)
  const page = paperSize(input.paper)
  const width = page.width - 2 * EDGE_MARGIN
  // Each half ends on the sheet's middle or its bottom edge margin: the guide is the fold.
  const height = Math.floor(page.height / 2) - EDGE_MARGIN
  const bodySize = [...c.message].length > SMALLER_TYPE_FROM ? 22 : 25
  const who = [c.interviewerTitle.trim(), input.company.trim()].filter(Boolean).join(', ')
  const front = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [display('Thank you', 64, COLOURS.accent)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 40 },
      children: [display(c.interviewerName.trim(), 26)],
    }),
    ...(who
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: who, size: 19, color: COLOURS.muted })],
          }),
        ]
      : []),
  ]
  const line = (text: string, after: number, size = bodySize, colour?: string) =>
    new Paragraph({ spacing: { after, line: 300 }, children: [display(text, size, colour)] })
  const inside = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 240 },
      children: [
        new TextRun({ text: documentDate(input.writtenOn), size: 18, color: COLOURS.muted }),
      ],
    }),
    line(c.greeting?.trim() || `Dear ${firstName(c.interviewerName)},`, 200),
    ...c.message
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => line(block, 160)),
    line(c.signOff?.trim() || 'With thanks,', 40),
    line(input.ownerName.trim(), 0, bodySize + 4, COLOURS.accent),
  ]
  const sheet = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [half(height, width, front, false), half(height, width, inside, true)],
  })
  return houseDocument({
    title: `Thank-you card for ${c.interviewerName.trim()}`,
    sections: [
      {
        properties: {
          page: {
            size: page,
            margin: {
              top: EDGE_MARGIN,
              // Slightly less at the foot: room for the paragraph Word wants after a table.
              bottom: EDGE_MARGIN - 200,
              left: EDGE_MARGIN,
              right: EDGE_MARGIN,
              header: 0,
              footer: 0,
            },
          },
        },
        // Word needs a paragraph after a table; a tiny one keeps the sheet to one page.
        children: [
          sheet,
          new Paragraph({
            spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
            children: [],
          }),
        ],
      },
    ],
  })
}
