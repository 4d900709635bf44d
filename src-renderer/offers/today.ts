import type { IsoDate } from '@shared/domain'
import { useBoardStore } from '../interviews/store'
import { today } from '../clock'

/**
 * Today's date in the time zone of the user's settings, as the `YYYY-MM-DD` the forms and exports
 * use (not the computer's own zone: a laptop abroad still dates things at home).
 */
export function todayIso(): IsoDate {
  return today(useBoardStore().settings.timeZone)
}
