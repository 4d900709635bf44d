/**
 * The negotiation notes as a Word document, meant to be printed and kept beside the phone: a
 * one-paragraph summary, anything that blocks a decision, a compact table of the offer against the
 * advert with the gap as a figure, the talking points led by the target and walk-away figures,
 * the case for the figure and the lines to say. Table rows may split across pages (a row left
 * alone on a page emptied the one before); headings stay with what follows them.
 */
import { Paragraph, TextRun, type Document } from 'docx'
import type { IsoDate, LocaleTag, Money, NegotiationNotes, PayPeriod } from '../domain'
import { formatMoney } from '../domain'
import {
  COLOURS,
  a4Section,
  bullet,
  houseDocument,
  houseTable,
  para,
  paragraphs,
  type Cell,
} from './document'
import { headerBlock } from './blocks'
import { perPeriod } from '../presenters/format'

/** One term of the comparison, already in words, with what the rules made of it. */
export interface ComparisonRow {
  label: string
  advert: string
  offer: string
  /** The finding in sentences, for the screens; the document prints `gap` instead. */
  finding: string
  /** The gap as a figure ("−€3,000 a year", "−3 days", "Missing: Gym"); "—" when none. */
  gap: string
  /** True when the finding is against the user, so it is printed in the warning colour. */
  concern: boolean
}

/** Everything the notes need, as plain data. */
export interface NegotiationNotesInput extends Pick<
  NegotiationNotes,
  'target' | 'walkAway' | 'period' | 'justification' | 'talkingPoints' | 'lines'
> {
  ownerName: string
  company: string
  role: string
  preparedOn: IsoDate
  /** The verdict in one sentence; null when the offer has not been checked. */
  verdict: string | null
  reasons: string[]
  /** What must happen before deciding (not in writing yet, conditions outstanding). */
  blockers: string[]
  rows: ComparisonRow[]
  /** How the figures are written. */
  locale: LocaleTag
}

function figure(value: Money | null, period: PayPeriod, locale: LocaleTag): string {
  return value ? `${formatMoney(value, locale)} ${perPeriod(period)}` : 'Not set yet'
}

/** The verdict and its reasons as one paragraph, the verdict first and in bold. */
function summary(input: NegotiationNotesInput): Paragraph[] {
  if (!input.verdict) return []
  return [
    new Paragraph({
      style: 'Summary',
      children: [
        new TextRun({ text: input.verdict, bold: true, color: COLOURS.accent }),
        ...input.reasons.map((r) => new TextRun(` ${r}`)),
      ],
    }),
  ]
}

/** "Ask for" and "Walk away below", bold label and figure, leading the talking points. */
function figureLine(label: string, value: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  })
}

/** Builds the negotiation notes document. */
export function buildNegotiationNotes(input: NegotiationNotesInput): Document {
  const rows: Cell[][] = input.rows.map((r) => [
    { text: r.label, bold: true },
    { text: r.advert },
    { text: r.offer },
    { text: r.gap || '—', ...(r.concern ? { colour: COLOURS.warning, bold: true } : {}) },
  ])
  const children = [
    ...headerBlock('Negotiation notes', input),
    ...summary(input),
    ...(input.blockers.length
      ? [
          para('Before deciding', 'Heading1'),
          ...input.blockers.map(
            (b) =>
              new Paragraph({
                bullet: { level: 0 },
                children: [new TextRun({ text: b, color: COLOURS.warning, bold: true })],
              }),
          ),
        ]
      : []),
    para('The offer against the advert', 'Heading1'),
    houseTable(['Term', 'Advert', 'Offer', 'Gap'], rows, [0.17, 0.32, 0.32, 0.19]),
    para('Talking points', 'Heading1'),
    figureLine('Ask for', figure(input.target, input.period, input.locale)),
    figureLine('Walk away below', figure(input.walkAway, input.period, input.locale)),
    ...(input.talkingPoints.length
      ? input.talkingPoints.map(bullet)
      : [para('No talking points yet.', 'Lede')]),
    para('Why I am worth it', 'Heading2'),
    ...(input.justification.trim()
      ? paragraphs(input.justification)
      : [para('No justification written yet.', 'Lede')]),
    para('What to say', 'Heading1'),
    ...(input.lines.trim()
      ? paragraphs(input.lines, 'Quote', { together: true })
      : [para('No lines written yet.', 'Lede')]),
  ]
  return houseDocument({
    title: `Negotiation notes: ${input.role} at ${input.company}`,
    sections: [a4Section(input.ownerName, children)],
    extraStyles: [
      {
        id: 'Summary',
        name: 'Summary',
        basedOn: 'Normal',
        run: { size: 23 },
        paragraph: { spacing: { after: 200, line: 300 } },
      },
    ],
  })
}
