/**
 * Applications as CSV, one row each with its stage history, for a spreadsheet, another tracker or
 * a record of the search. Dates are ISO (`2026-12-05`) in the user's time zone: a spreadsheet
 * reads them as dates in every locale, where "05/12/2026" would be 12 May to half the world.
 *
 * RFC 4180 quoting, CRLF line ends and a byte-order mark, so Excel opens accents correctly. A cell
 * a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is written
 * with a leading apostrophe: shown as typed, never evaluated.
 */
import type { Opportunity } from '../domain/opportunity'
import { CLOSURE_LABELS, STAGE_LABELS } from '../domain/stages'
import type { TimeZone } from '../domain/time'
import { zonedDate } from '../domain/zoned'

/** The columns, in order. */
export const CSV_COLUMNS = [
  'Company',
  'Role',
  'Stage',
  'Outcome',
  'Interview dates',
  'Interviewers',
  'Agency',
  'Decision promised by',
  'Offer received',
  'Rejected on',
  'Messages sent',
  'Stage history',
  'Added',
  'Tags',
  'Archived on',
  'Notes',
] as const

/** The CSV text of `opportunities`, oldest first, with dates in `zone`. */
export function applicationsCsv(opportunities: readonly Opportunity[], zone: TimeZone): string {
  const rows = [...opportunities]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((o) => rowOf(o, zone))
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

function rowOf(o: Opportunity, zone: TimeZone): string[] {
  const people = o.rounds.flatMap((r) => r.interviewers.map((i) => i.name.trim()))
  const history = o.history.map((h) => `${zonedDate(h.at, zone)} ${STAGE_LABELS[h.to]}`)
  return [
    o.company,
    o.role,
    STAGE_LABELS[o.stage],
    o.closed ? CLOSURE_LABELS[o.closed] : '',
    o.rounds.map((r) => r.date).join('; '),
    [...new Set(people.filter(Boolean))].join('; '),
    o.agency ? [o.agency.name, o.agency.consultant].filter(Boolean).join(' — ') : '',
    o.promisedDecisionDate ?? '',
    o.offerReceivedOn ?? '',
    o.rejection?.on ?? '',
    String(o.messages.filter((m) => m.kind !== 'reply').length),
    history.join('; '),
    zonedDate(o.createdAt, zone),
    (o.tags ?? []).join('; '),
    o.archivedAt !== undefined ? zonedDate(o.archivedAt, zone) : '',
    o.notes,
  ]
}

/** One CSV cell: quoted when it must be, and never a formula. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}
