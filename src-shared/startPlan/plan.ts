/**
 * The start plan as the plan screen and the Word export show it: runs the rules engine's
 * `planStart` for an offer and the current job, and turns the plan into the export's plain data.
 */
import type { CalendarDays, CurrentJob, Instant, IsoDate, Settings } from '../domain'
import type { StartPlanInput as PlanExport, PlanStep as ExportStep } from '../export/startPlan'
import { documentDate } from '../presenters/format'
import type { OfferEntry } from '../offers/entry'
import { RuleInputError } from '../rules/errors'
import { planStart, type StartPlan } from '../rules/startPlan'

/** What the user chose on the plan screen. */
export interface PlanChoices {
  breakDays: CalendarDays
  preferMondayStart: boolean
  /** The day notice was handed in, when it already was. */
  noticeGivenOn: IsoDate | null
  gardenLeave: boolean
  /** Who the start-date message goes to at the new employer. */
  contactName: string
}

/** The plan, or why it could not be made. */
export type PlanResult = { ok: true; plan: StartPlan } | { ok: false; message: string }

/** Plans the start for `entry`, the user's current job and their choices, at `now`. */
export function makePlan(
  entry: OfferEntry,
  job: CurrentJob | null,
  choices: PlanChoices,
  settings: Pick<Settings, 'region' | 'timeZone'>,
  ownerName: string,
  now: Instant,
): PlanResult {
  try {
    const plan = planStart({
      now,
      settings: {
        ...settings,
        preferMondayStart: choices.preferMondayStart,
        breakDays: choices.breakDays,
      },
      offer: entry.offer,
      currentJob: job,
      noticeGivenOn: choices.noticeGivenOn,
      gardenLeave: choices.gardenLeave,
      breakDays: choices.breakDays,
      draft: {
        sender: ownerName,
        company: entry.company,
        role: entry.role,
        recipientName: choices.contactName,
      },
    })
    return { ok: true, plan }
  } catch (error) {
    if (error instanceof RuleInputError) {
      return {
        ok: false,
        message:
          'The plan needs real dates and lengths: check the notice and the dates of the offer.',
      }
    }
    throw error
  }
}

/** Steps of the timeline with the states that have no date of their own (offer in writing...). */
export function timelineSteps(entry: OfferEntry, plan: StartPlan): ExportStep[] {
  const { offer } = entry
  const outstanding = offer.conditions.filter((c) => c.status === 'outstanding')
  const conflictDates = new Set(plan.conflicts.map((c) => c.employerDate))
  const notes: Partial<Record<StartPlan['timeline'][number]['kind'], string>> = {
    resign: plan.resignation.provisional
      ? 'Not yet: see what must happen first.'
      : 'In writing, after the contract is signed.',
    'last-working-day': plan.untakenHoliday?.days
      ? plan.untakenHoliday.handling === 'paid-out'
        ? `${plan.untakenHoliday.days} days of untaken holiday paid out.`
        : `${plan.untakenHoliday.days} days of untaken holiday taken during notice.`
      : '',
    start: [
      offer.proposedStart && conflictDates.has(offer.proposedStart)
        ? `They asked for ${documentDate(offer.proposedStart)}.`
        : '',
      plan.recommendation,
    ]
      .filter(Boolean)
      .join(' '),
  }
  return [
    { date: plan.today, label: 'Today', note: '' },
    {
      date: offer.inWriting ? offer.receivedOn : null,
      label: 'Offer in writing',
      note: offer.inWriting ? 'Received.' : 'Ask for it before anything else.',
    },
    {
      date: null,
      label: 'Conditions cleared',
      note: outstanding.length
        ? `${outstanding.length} still outstanding.`
        : offer.conditions.length
          ? 'All cleared.'
          : 'The offer has no conditions.',
      done: outstanding.length === 0,
    },
    contractStep(offer),
    ...plan.timeline.map((s) => ({
      date: s.date,
      label: s.label,
      note: notes[s.kind] ?? '',
      conflict: s.kind === 'start' && plan.conflicts.length > 0,
    })),
  ]
}

/** The contract's return: done once signed, else dated by the deadline the employer gave. */
function contractStep(offer: OfferEntry['offer']): ExportStep {
  const label = 'Contract signed and returned'
  if (offer.contractSigned) return { date: null, label, note: 'Signed and sent back.', done: true }
  if (offer.contractReturnBy) {
    return { date: offer.contractReturnBy, label, note: 'The day they want it back by.' }
  }
  return { date: null, label, note: 'No return date given yet; ask when they need it.' }
}

/** Everything the start plan export needs. Drafts are the user's edited texts when given. */
export function planExport(
  entry: OfferEntry,
  plan: StartPlan,
  ownerName: string,
  drafts: Record<string, string> = {},
): PlanExport {
  const { offer } = entry
  return {
    ownerName,
    company: entry.company,
    role: entry.role,
    preparedOn: plan.today,
    keyDates: [
      { label: 'Resign on', date: plan.resignation.provisional ? null : plan.resignation.givenOn },
      { label: 'Last working day', date: plan.lastWorkingDay },
      { label: 'Start', date: plan.recommendedStart },
    ],
    steps: timelineSteps(entry, plan),
    conflicts: plan.conflicts.map((c) => ({
      title: 'The start date they would like does not fit',
      detail: c.explanation,
      counterDate: c.counterDate,
      draft: drafts[c.kind] ?? c.draft?.body ?? '',
    })),
    checklist: [
      { text: 'Offer received in writing', done: offer.inWriting },
      { text: 'Conditions cleared', done: offer.conditions.every((c) => c.status === 'cleared') },
      { text: 'Contract signed and returned', done: offer.contractSigned },
      {
        text: 'Start date agreed',
        done: offer.proposedStart !== null && plan.conflicts.length === 0,
      },
      { text: 'Notice handed in, in writing', done: false },
    ],
    notes: [
      ...plan.resignation.blockers.map((b) => b.explanation),
      ...(plan.notice ? [plan.notice.explanation] : []),
    ],
  }
}
