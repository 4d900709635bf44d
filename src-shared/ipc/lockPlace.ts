/**
 * Where the user was when the vault locked, carried through the fresh page main loads on a lock
 * (launchNotice.ts) so that after unlocking they are back on that screen with focus where it was.
 * Only the screen's name, random record ids and a control's own id or position travel: nothing
 * the user typed, so the page's address holds nothing the lock is meant to drop.
 */
import * as v from 'valibot'
import { withLockReason, type LockReason } from './launchNotice'

/** The screens of the app window. */
export const SECTIONS = [
  'today',
  'board',
  'detail',
  'form',
  'offers',
  'plan',
  'people',
  'referees',
  'questions',
  'insights',
  'settings',
] as const

/** One of `SECTIONS`. */
export type Section = (typeof SECTIONS)[number]

/** The control that had focus: its id, else its action's id, else its place among its scope's controls. */
export interface FocusedControl {
  /** The element's own `id`. */
  id?: string
  /** The `data-action-id` of a planned action's item. */
  action?: string
  /** The `id` of the nearest ancestor that has one (the screen when absent), for `index`. */
  within?: string
  /** The position among the focusable controls of `within`. */
  index?: number
}

/** Where the user was: a screen, the record it showed, and the control that had focus. */
export interface LockPlace {
  section: Section
  /** The opportunity the detail view or the form showed. */
  openId?: string
  focus?: FocusedControl
}

// Ids of records and elements are made by the app: letters, digits and a few separators.
const TOKEN = /^[\w:.-]{1,160}$/
const token = v.pipe(v.string(), v.regex(TOKEN))

/** Whether `text` can travel as an id in a place (main refuses a place holding anything else). */
export function isLockToken(text: string): boolean {
  return TOKEN.test(text)
}

/** The schema main checks a place against before putting it in the page's address. */
export const lockPlaceSchema = v.strictObject({
  section: v.picklist(SECTIONS),
  openId: v.optional(token),
  focus: v.optional(
    v.strictObject({
      id: v.optional(token),
      action: v.optional(token),
      within: v.optional(token),
      index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
    }),
  ),
})

/** The query parameter that carries the place. */
export const LOCK_PLACE_PARAM = 'at'

/** The app's address `base` with `place` added to its query. */
export function withLockPlace(base: string, place: LockPlace): string {
  const url = new URL(base)
  url.searchParams.set(LOCK_PLACE_PARAM, JSON.stringify(place))
  return url.toString()
}

/** The place in a page's query string, or null for none or one that does not pass the schema. */
export function readLockPlace(search: string): LockPlace | null {
  const text = new URLSearchParams(search).get(LOCK_PLACE_PARAM)
  if (!text) return null
  try {
    const parsed = v.safeParse(lockPlaceSchema, JSON.parse(text))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}

/** The address of the fresh page main loads on a lock: why it locked, and where the user was. */
export function lockedPageAddress(
  base: string,
  reason: LockReason,
  place: LockPlace | null,
): string {
  const url = withLockReason(base, reason)
  return place ? withLockPlace(url, place) : url
}
