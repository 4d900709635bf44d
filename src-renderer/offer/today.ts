import type { IsoDate } from '@shared/domain'

/** Today's date in the user's time zone, as the `YYYY-MM-DD` the forms and exports use. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
