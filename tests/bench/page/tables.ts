/**
 * The record tables the board keeps its data in (see src-renderer/board/persistence.ts), and the
 * few records a benchmark vault holds besides its opportunities.
 */
import type { Profile, Referee } from '@shared/domain/people'

/** Table names of the board's records. */
export const TABLES = {
  opportunities: 'opportunities',
  referees: 'referees',
  profile: 'profile',
} as const

/** The user of every benchmark vault. */
export const BENCH_PROFILE: Profile = {
  name: 'Sam Taylor',
  email: 'sam.taylor@example.com',
  phone: '+44 7700 900123',
  currentJob: {
    employer: 'Old Firm Ltd',
    noticeLength: 1,
    noticeUnit: 'months',
    serviceStart: '2021-04-01',
    untakenHolidayDays: 5,
    holidayHandling: 'take-during-notice',
    gardenLeavePossible: false,
  },
}

/** Five referees. */
export const BENCH_REFEREES: Referee[] = [
  'Alex Moore',
  'Bea Clarke',
  'Cal Reid',
  'Dee Patel',
  'Eli Stone',
].map((name, i) => ({
  id: `referee-${i + 1}`,
  name,
  relation: 'Former line manager',
  email: `${name.split(' ')[0]!.toLowerCase()}@referee.example`,
  phone: '',
  lastWarned: null,
}))
