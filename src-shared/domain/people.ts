/** The user, their current job and their referees. */
import type { IsoDate } from './time'

/** Someone who will give the user a reference. */
export interface Referee {
  id: string
  name: string
  /** How they know the user, e.g. "line manager at Acme, 2019-2023". */
  relation: string
  email: string
  phone: string
  /** The last time the user warned them, and for which role. */
  lastWarned: { on: IsoDate; opportunityId: string; role: string } | null
}

/** The unit a notice period is counted in. */
export type NoticeUnit = 'weeks' | 'months'

/** The user's current job, for the start-date plan. */
export interface CurrentJob {
  employer: string
  noticeLength: number
  noticeUnit: NoticeUnit
  /** When the user started there: statutory minimum notice depends on length of service. */
  serviceStart: IsoDate | null
  /** Untaken paid holiday, in working days. */
  untakenHolidayDays: number
  holidayHandling: 'take-during-notice' | 'paid-out'
  gardenLeavePossible: boolean
}

/** The user as they sign their messages. */
export interface Profile {
  name: string
  email: string
  phone: string
  currentJob: CurrentJob | null
}
