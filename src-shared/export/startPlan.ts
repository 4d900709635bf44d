/**
 * The start plan as a Word document: the key dates at a glance, the timeline from the written
 * offer to the first day, the conflicts to settle with the suggested counter-date and message,
 * and a checklist to tick by hand.
 */
import { type Document } from 'docx'
import type { IsoDate } from '../domain'
import {
  COLOURS,
  a4Section,
  checkItem,
  houseDocument,
  houseTable,
  para,
  paragraphs,
  type Cell,
} from './document'
import { factRow, headerBlock } from './blocks'
import { documentDate } from '../presenters/format'

/** One step of the timeline. A step with no date yet ("contract returned") prints "To be set". */
export interface PlanStep {
  date: IsoDate | null
  label: string
  note: string
  /** True for the step a conflict sits on: printed in the warning colour. */
  conflict?: boolean
  /** True for a step already behind the user that has no date of its own (conditions cleared). */
  done?: boolean
}

/** Something to settle with the new employer or the current one. */
export interface PlanConflict {
  title: string
  detail: string
  /** The date to suggest instead, if there is one. */
  counterDate: IsoDate | null
  /** The message to send, as the user edited it. */
  draft: string
}

/** Everything the start plan needs, as plain data. */
export interface StartPlanInput {
  ownerName: string
  company: string
  role: string
  preparedOn: IsoDate
  /** The dates to print large at the top: resign by, last day, start. */
  keyDates: { label: string; date: IsoDate | null }[]
  steps: PlanStep[]
  conflicts: PlanConflict[]
  checklist: { text: string; done: boolean }[]
  /** Footnotes such as which notice figures are law and which are custom. */
  notes: string[]
}

function dateText(date: IsoDate | null, short = false): string {
  if (!date) return 'To be set'
  return documentDate(date, short ? 'short' : 'long')
}

/** Builds the start plan document. */
export function buildStartPlan(input: StartPlanInput): Document {
  const steps: Cell[][] = input.steps.map((s) => {
    const colour = s.conflict ? { colour: COLOURS.warning } : {}
    return [
      { text: s.done && !s.date ? 'Done' : dateText(s.date, true), bold: true, ...colour },
      { text: s.label, bold: s.conflict === true, ...colour },
      { text: s.note || '—' },
    ]
  })
  const children = [
    ...headerBlock('Start plan', input),
    factRow(input.keyDates.map((k) => ({ label: k.label, value: dateText(k.date, true) }))),
    para('Timeline', 'Heading1'),
    houseTable(['Date', 'Step', 'Notes'], steps, [0.22, 0.3, 0.48]),
    ...(input.conflicts.length ? [para('To settle', 'Heading1')] : []),
    ...input.conflicts.flatMap((c) => [
      para(c.title, 'Heading2'),
      ...paragraphs(c.detail),
      ...(c.counterDate ? [para(`Suggest instead: ${documentDate(c.counterDate)}`, 'Strong')] : []),
      ...paragraphs(c.draft, 'Quote', { together: true }),
    ]),
    para('Checklist', 'Heading1'),
    ...input.checklist.map((item) => checkItem(item.text, item.done)),
    ...(input.notes.length ? [para('Good to know', 'Heading2')] : []),
    ...input.notes.map((n) => para(n, 'Small')),
  ]
  return houseDocument({
    title: `Start plan: ${input.role} at ${input.company}`,
    sections: [a4Section(input.ownerName, children)],
    extraStyles: [
      {
        id: 'Strong',
        name: 'Strong line',
        basedOn: 'Normal',
        run: { bold: true, color: COLOURS.accent },
        // "Suggest instead" introduces the message below it: never the last line of a page.
        paragraph: { keepNext: true },
      },
    ],
  })
}
