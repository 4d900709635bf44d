/** The choices of the advert's drop-down fields, shared by the form and the proposals' editor. */

/** Pay periods, as "Paid per" offers them. */
export const PERIODS = [
  ['year', 'Year'],
  ['month', 'Month'],
  ['week', 'Week'],
  ['day', 'Day'],
  ['hour', 'Hour'],
] as const

/** Where the work is done. */
export const PLACES = [
  ['', 'Not stated'],
  ['on-site', 'On site'],
  ['hybrid', 'Hybrid'],
  ['remote', 'Remote'],
] as const
