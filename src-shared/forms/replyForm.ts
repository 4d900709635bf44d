/**
 * A reply from the employer or the agency as the user types it ("we need another week"), and its
 * reading into a logged message. The form keeps what was typed, so a refused date loses nothing.
 */
import type { Message, ReplyChannel } from '../domain/opportunity'
import type { Instant, IsoDate, TimeZone } from '../domain/time'
import { isIsoDate } from '../domain/time'
import { endOfDay } from '../domain/zoned'
import type { NewId } from '../domain/factory'
import type { FormErrors } from './form'

/** The reply as typed. */
export interface ReplyForm {
  /** The day it came (YYYY-MM-DD). */
  on: string
  via: ReplyChannel
  /** Who replied: 'employer' or 'agency'. */
  from: 'employer' | 'agency'
  said: string
  /** The new decision date they gave (YYYY-MM-DD), or '' for none. */
  promisedDate: string
}

/** What the form needs to know about the moment and the record. */
export interface ReplyReading {
  /** The current instant (epoch ms) and today's date in `timeZone`. */
  now: Instant
  today: IsoDate
  timeZone: TimeZone
  /** The day of the last round: a reply to it cannot come before. */
  lastRoundOn: IsoDate | null
}

/** The reply to log, and the promise it moves, or what to fix, per field of `ReplyForm`. */
export type ReplyResult =
  { ok: true; message: Message; promisedDate: IsoDate | null } | { ok: false; errors: FormErrors }

/** A blank reply that came today by email from the employer (or the agency, with one). */
export function blankReply(today: IsoDate, viaAgency: boolean): ReplyForm {
  return {
    on: today,
    via: viaAgency ? 'agency' : 'email',
    from: viaAgency ? 'agency' : 'employer',
    said: '',
    promisedDate: '',
  }
}

/**
 * Reads `form` at `reading`. A reply that came today is logged at `now`; one from an earlier day
 * at the end of that day, so a chaser sent the same morning counts as answered by it.
 */
export function readReplyForm(form: ReplyForm, reading: ReplyReading, newId: NewId): ReplyResult {
  const errors: FormErrors = {}
  const on = form.on.trim()
  if (!isIsoDate(on)) errors.on = 'Give the day the reply came, as a date.'
  else if (on > reading.today) errors.on = 'The reply cannot have come after today.'
  else if (reading.lastRoundOn && on < reading.lastRoundOn)
    errors.on = 'The reply cannot have come before the last interview.'
  const promised = form.promisedDate.trim()
  if (promised && !isIsoDate(promised))
    errors.promisedDate = 'Give the new decision date as a date, or leave it empty.'
  else if (promised && isIsoDate(on) && promised < on)
    errors.promisedDate = 'The new decision date cannot be before the reply.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const said = form.said.trim()
  const message: Message = {
    id: newId(),
    kind: 'reply',
    to: form.from,
    at: on === reading.today ? reading.now : endOfDay(on, reading.timeZone),
    via: form.via,
    ...(said ? { said } : {}),
    ...(promised ? { promisedDate: promised } : {}),
  }
  return { ok: true, message, promisedDate: promised || null }
}
