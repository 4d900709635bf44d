/** Fixtures for the start plan's tests. */
import type { CurrentJob } from '../domain'

/** A job with a month's notice, held since March 2020, no holiday left to take. */
export const MONTHS_NOTICE: CurrentJob = {
  employer: 'Acme',
  noticeLength: 1,
  noticeUnit: 'months',
  serviceStart: '2020-03-02',
  untakenHolidayDays: 0,
  holidayHandling: 'paid-out',
  gardenLeavePossible: false,
}
