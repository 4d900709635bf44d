/**
 * A printable thank-you card per interviewer: one A5 page each, with a thin frame, the date, a
 * personal greeting, the message written for that person, and the sign-off. The advice behind it:
 * a handwritten-style card after an in-person interview stands out, and each interviewer gets
 * their own message rather than a copy.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  TextRun,
  VerticalAlign,
  type Document,
  type ISectionOptions,
} from 'docx'
import type { IsoDate } from '../domain'
import { COLOURS, FONTS, TWIPS_PER_MM, houseDocument, paragraphs } from './document'
import { documentDate } from '../presenters/format'

/** One card: who it is for and what it says. */
export interface ThankYouCard {
  interviewerName: string
  /** Their job title, printed small under the company on the card's heading. */
  interviewerTitle: string
  /** "Dear Priya," by default: the caller may pass the greeting the user edited. */
  greeting?: string
  /** The personalised message; blank lines separate paragraphs. */
  message: string
  /** "With thanks," by default. */
  signOff?: string
}

/** Everything the cards need. */
export interface ThankYouCardsInput {
  /** The user's name, as they sign. */
  ownerName: string
  company: string
  role: string
  /** The date written at the top of each card. */
  writtenOn: IsoDate
  cards: ThankYouCard[]
}

/** A5 portrait in twips. */
const A5 = { width: 8391, height: 11906 } as const
const MARGIN = Math.round(18 * TWIPS_PER_MM)
const FRAME = { style: BorderStyle.DOUBLE, size: 6, color: COLOURS.accent, space: 20 }

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name
}

function card(input: ThankYouCardsInput, c: ThankYouCard): ISectionOptions {
  const greeting = c.greeting?.trim() || `Dear ${firstName(c.interviewerName)},`
  const signOff = c.signOff?.trim() || 'With thanks,'
  const display = (text: string, size: number, colour: string = COLOURS.ink) =>
    new TextRun({ text, font: FONTS.display, size: size * 2, color: colour })
  return {
    properties: {
      verticalAlign: VerticalAlign.CENTER,
      page: {
        size: A5,
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        borders: {
          pageBorderTop: FRAME,
          pageBorderBottom: FRAME,
          pageBorderLeft: FRAME,
          pageBorderRight: FRAME,
        },
      },
    },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 840, after: 60 },
        children: [display('Thank you', 30, COLOURS.accent)],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 480 },
        children: [
          new TextRun({
            text: [c.interviewerName.trim(), c.interviewerTitle.trim(), input.company.trim()]
              .filter(Boolean)
              .join(' · '),
            size: 18,
            color: COLOURS.muted,
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 360 },
        children: [
          new TextRun({ text: documentDate(input.writtenOn), size: 19, color: COLOURS.muted }),
        ],
      }),
      new Paragraph({ spacing: { after: 240 }, children: [display(greeting, 13)] }),
      ...paragraphs(c.message, 'CardBody'),
      new Paragraph({ spacing: { before: 360, after: 60 }, children: [display(signOff, 13)] }),
      new Paragraph({ children: [display(input.ownerName.trim(), 15, COLOURS.accent)] }),
    ],
  }
}

/**
 * Builds the thank-you cards, one page per interviewer, in the order given. An empty `cards`
 * list still yields a valid document with no pages of content, so callers should check first.
 */
export function buildThankYouCards(input: ThankYouCardsInput): Document {
  return houseDocument({
    title: `Thank-you cards: ${input.role} at ${input.company}`,
    ownerName: input.ownerName,
    sections: input.cards.map((c) => card(input, c)),
    extraStyles: [
      {
        id: 'CardBody',
        name: 'Card body',
        basedOn: 'Normal',
        run: { font: FONTS.display, size: 24 },
        paragraph: { spacing: { after: 200, line: 320 } },
      },
    ],
  })
}
