/** Blocks shared by the A4 exports: the title block and a row of shaded key facts. */
import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
} from 'docx'
import type { IsoDate } from '../domain'
import { COLOURS, TEXT_WIDTH, para } from './document'
import { documentDate } from '../presenters/format'

/** The title, then "Role at Company" and who prepared it on which date. */
export function headerBlock(
  title: string,
  about: { ownerName: string; company: string; role: string; preparedOn: IsoDate },
): Paragraph[] {
  const who = about.ownerName.trim()
  return [
    para(title, 'Title'),
    new Paragraph({
      style: 'Lede',
      children: [
        new TextRun({ text: `${about.role} at ${about.company}`, bold: true, color: COLOURS.ink }),
        new TextRun({
          text: `, prepared${who ? ` by ${who}` : ''} on ${documentDate(about.preparedOn)}`,
        }),
      ],
    }),
  ]
}

const EDGE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.accentSoft }
const GAP = { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' }

/** One row of shaded boxes across the text width, separated by white gaps. */
function shadedBoxes(boxes: Paragraph[][], padding: { v: number; h: number }): Table {
  const width = Math.floor(TEXT_WIDTH / Math.max(1, boxes.length))
  const borders = { top: EDGE, bottom: EDGE, left: EDGE, right: EDGE }
  return new Table({
    width: { size: width * boxes.length, type: WidthType.DXA },
    columnWidths: boxes.map(() => width),
    borders: { ...borders, insideHorizontal: EDGE, insideVertical: GAP },
    rows: [
      new TableRow({
        children: boxes.map(
          (children) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, fill: COLOURS.accentSoft, color: 'auto' },
              margins: { top: padding.v, bottom: padding.v, left: padding.h, right: padding.h },
              children,
            }),
        ),
      }),
    ],
  })
}

/** A row of highlighted facts (label small, value large), e.g. the key dates of a plan. */
export function factRow(facts: { label: string; value: string }[]): Table {
  const box = (f: { label: string; value: string }) => [
    new Paragraph({
      spacing: { after: 40 },
      children: [
        new TextRun({ text: f.label, allCaps: true, size: 16, bold: true, color: COLOURS.muted }),
      ],
    }),
    new Paragraph({
      spacing: { after: 0 },
      children: [new TextRun({ text: f.value, size: 24, bold: true, color: COLOURS.accent })],
    }),
  ]
  return shadedBoxes(facts.map(box), { v: 140, h: 180 })
}
