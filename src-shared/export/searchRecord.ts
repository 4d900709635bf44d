/**
 * "Record of my job search": what the user did between two dates, for a benefits office or a
 * coach. The applications with the date each began and where it ended, every interview with
 * whom, every follow-up sent, in tables they can check line by line. Dates carry their year
 * (documents are read any day).
 */
import { type Document } from 'docx'
import type { Instant, IsoDate, Opportunity, TimeZone } from '../domain'
import { zonedDate } from '../domain/zoned'
import { CLOSURE_LABELS, ROUND_MODE_LABELS, STAGE_LABELS } from '../domain/stages'
import { a4Section, houseDocument, houseTable, para, type Cell } from './document'
import { factRow } from './blocks'
import { documentDate } from '../presenters/format'

/** One application in the record. */
export interface RecordApplication {
  company: string
  role: string
  /** The day it entered the search: applied, or first recorded in the app. */
  since: IsoDate
  /** Where it stands or how it ended, in words ("Offer received 3 March 2026"). */
  outcome: string
}

/** One interview round in the range. */
export interface RecordInterview {
  date: IsoDate
  company: string
  /** "In person", "Video call", "Phone call". */
  kind: string
  /** The interviewers, "Name (title)", in the order met. */
  with: string[]
}

/** One follow-up the user sent in the range. */
export interface RecordFollowUp {
  date: IsoDate
  company: string
  what: string
}

/** Everything the record needs, as plain data, each list in date order. */
export interface SearchRecordInput {
  ownerName: string
  from: IsoDate
  to: IsoDate
  preparedOn: IsoDate
  applications: RecordApplication[]
  interviews: RecordInterview[]
  followUps: RecordFollowUp[]
}

const date = (d: IsoDate) => documentDate(d, 'short')
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Builds the record of the job search between `from` and `to`. */
export function buildSearchRecord(input: SearchRecordInput): Document {
  const who = input.ownerName.trim()
  const none = (what: string) => para(`No ${what} between these dates.`, 'Small')
  const applications: Cell[][] = input.applications.map((a) => [
    { text: a.company, bold: true },
    { text: a.role },
    { text: date(a.since) },
    { text: a.outcome },
  ])
  const interviews: Cell[][] = input.interviews.map((i) => [
    { text: date(i.date), bold: true },
    { text: i.company },
    { text: i.kind },
    { text: i.with.join(', ') || 'Not noted' },
  ])
  const followUps: Cell[][] = input.followUps.map((f) => [
    { text: date(f.date), bold: true },
    { text: f.company },
    { text: f.what },
  ])
  const children = [
    para('Record of my job search', 'Title'),
    para(
      `${documentDate(input.from)} to ${documentDate(input.to)}${who ? `, ${who}` : ''}. Prepared on ${documentDate(input.preparedOn)}.`,
      'Lede',
    ),
    factRow([
      { label: 'Applications', value: String(input.applications.length) },
      { label: 'Interviews', value: String(input.interviews.length) },
      { label: 'Follow-ups sent', value: String(input.followUps.length) },
    ]),
    para('Applications', 'Heading1'),
    applications.length
      ? houseTable(['Company', 'Role', 'Since', 'Outcome'], applications, [0.26, 0.26, 0.18, 0.3])
      : none('applications'),
    para('Interviews', 'Heading1'),
    interviews.length
      ? houseTable(['Date', 'Company', 'Kind', 'With'], interviews, [0.2, 0.26, 0.15, 0.39])
      : none('interviews'),
    para('Follow-ups sent', 'Heading1'),
    followUps.length
      ? houseTable(['Date', 'Company', 'What I sent'], followUps, [0.2, 0.28, 0.52])
      : none('follow-ups'),
    para(
      `In all: ${count(input.applications.length, 'application', 'applications')}, ${count(input.interviews.length, 'interview', 'interviews')} and ${count(input.followUps.length, 'follow-up', 'follow-ups')} sent.`,
      'Small',
    ),
  ]
  return houseDocument({
    title: `Record of my job search, ${documentDate(input.from)} to ${documentDate(input.to)}`,
    sections: [a4Section(input.ownerName, children)],
  })
}

/** One application and the follow-ups sent for it, as its history tells them. */
export interface RecordSource {
  opportunity: Opportunity
  /** What the user sent, and when: each thank-you, chaser or request marked done or logged. */
  sent: { at: Instant; what: string }[]
}

function outcomeOf(o: Opportunity): string {
  if (o.closed) return `${CLOSURE_LABELS[o.closed]}${o.closedReason ? `: ${o.closedReason}` : ''}`
  if (o.stage === 'offer')
    return o.offerReceivedOn ? `Offer received ${date(o.offerReceivedOn)}` : 'Offer received'
  if (o.stage === 'rejected')
    return o.rejection ? `Not successful, told ${date(o.rejection.on)}` : 'Not successful'
  return `Waiting to hear (${STAGE_LABELS[o.stage].toLowerCase()})`
}

/**
 * The record between `from` and `to` (inclusive, days in `timeZone`): each application with
 * anything dated in the range (added, interviewed, followed up, an offer or a rejection), its
 * interviews and the follow-ups sent in the range, all in date order.
 */
export function searchRecordFrom(
  sources: readonly RecordSource[],
  options: {
    from: IsoDate
    to: IsoDate
    timeZone: TimeZone
    ownerName: string
    preparedOn: IsoDate
  },
): SearchRecordInput {
  const { from, to, timeZone } = options
  const day = (at: Instant) => zonedDate(at, timeZone)
  const within = (d: IsoDate) => d >= from && d <= to
  const applications: RecordApplication[] = []
  const interviews: RecordInterview[] = []
  const followUps: RecordFollowUp[] = []
  for (const { opportunity: o, sent } of sources) {
    const days = [
      day(o.createdAt),
      ...o.rounds.map((r) => r.date),
      ...o.history.map((h) => day(h.at)),
      ...sent.map((s) => day(s.at)),
      ...(o.offerReceivedOn ? [o.offerReceivedOn] : []),
      ...(o.rejection ? [o.rejection.on] : []),
    ]
    if (!days.some(within)) continue
    const since = [day(o.createdAt), ...o.rounds.map((r) => r.date)].sort()[0]!
    applications.push({ company: o.company, role: o.role, since, outcome: outcomeOf(o) })
    for (const r of o.rounds.filter((r) => within(r.date)))
      interviews.push({
        date: r.date,
        company: o.company,
        kind: ROUND_MODE_LABELS[r.mode],
        with: r.interviewers.map((i) => (i.title ? `${i.name} (${i.title})` : i.name)),
      })
    for (const s of sent.filter((s) => within(day(s.at))))
      followUps.push({ date: day(s.at), company: o.company, what: s.what })
  }
  const byDate = <T extends { date: IsoDate }>(a: T, b: T) => a.date.localeCompare(b.date)
  return {
    ownerName: options.ownerName,
    from,
    to,
    preparedOn: options.preparedOn,
    applications: applications.sort((a, b) => a.since.localeCompare(b.since)),
    interviews: interviews.sort(byDate),
    followUps: followUps.sort(byDate),
  }
}
