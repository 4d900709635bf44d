/**
 * The names of the vault's record tables and the ids of the single-row ones. Imports nothing, so
 * the benchmark's page can build vaults with the app's own names.
 */

/** Table names. Offers, profile and plans are separate from the board's opportunities. */
export const TABLES = {
  opportunities: 'opportunities',
  referees: 'referees',
  settings: 'settings',
  pipeline: 'pipeline',
  reminderIds: 'reminder-ids',
  offers: 'offers',
  profile: 'profile',
  plans: 'plans',
} as const

/** Ids of the tables that hold a single row. */
export const SINGLE_ROW = {
  settings: 'settings',
  pipeline: 'pipeline',
  reminderIds: 'reminder-ids',
  profile: 'me',
} as const
