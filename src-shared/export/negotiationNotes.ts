/**
 * The negotiation notes as a Word document: the verdict, anything that blocks a decision, the offer
 * against the advert term by term, the user's target and walk-away figures with their reasons,
 * the talking points and the lines to say. Meant to be printed and kept beside the phone.
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
import { callout, headerBlock } from './blocks'
import { perPeriod } from '../presenters/format'

/** One term of the comparison, already in words, with what the rules made of it. */
export interface ComparisonRow {
  label: string
  advert: string
  offer: string
  /** The finding in a few words ("£4,000 below the band"); empty when there is nothing to say. */
  finding: string
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

/** Builds the negotiation notes document. */
export function buildNegotiationNotes(input: NegotiationNotesInput): Document {
  const rows: Cell[][] = input.rows.map((r) => [
    { text: r.label, bold: true },
    { text: r.advert },
    { text: r.offer },
    { text: r.finding || '—', ...(r.concern ? { colour: COLOURS.warning, bold: true } : {}) },
  ])
  const figures: Cell[][] = [
    [
      { text: 'What I will ask for', bold: true },
      { text: figure(input.target, input.period, input.locale) },
    ],
    [
      { text: 'My walk-away figure', bold: true },
      { text: figure(input.walkAway, input.period, input.locale) },
    ],
  ]
  const children = [
    ...headerBlock('Negotiation notes', input),
    ...(input.verdict ? [callout(input.verdict, input.reasons)] : []),
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
    houseTable(['Term', 'Advert', 'Offer', 'What it means'], rows, [0.16, 0.28, 0.28, 0.28]),
    para('My figures', 'Heading1'),
    houseTable(['Figure', 'Amount'], figures, [0.4, 0.6]),
    para('Why I am worth it', 'Heading2'),
    ...(input.justification.trim()
      ? paragraphs(input.justification)
      : [para('No justification written yet.', 'Lede')]),
    para('Talking points', 'Heading1'),
    ...(input.talkingPoints.length
      ? input.talkingPoints.map(bullet)
      : [para('No talking points yet.', 'Lede')]),
    para('What to say', 'Heading1'),
    ...(input.lines.trim()
      ? paragraphs(input.lines, 'Quote')
      : [para('No lines written yet.', 'Lede')]),
  ]
  return houseDocument({
    title: `Negotiation notes: ${input.role} at ${input.company}`,
    sections: [a4Section(input.ownerName, children)],
  })
}
