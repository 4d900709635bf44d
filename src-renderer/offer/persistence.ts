/**
 * Where offers, the profile and the plan choices are kept: the vault's encrypted record store,
 * one record per offer, one for the profile and one start plan per offer. The stores talk only to this narrow shape, so
 * tests can pass the real store and the lock screen can connect it after unlocking.
 */
import type { RecordStore } from '../vault/recordStore'

/** The part of the vault's record store these features use. */
export type Records = Pick<RecordStore, 'put' | 'all' | 'remove'>

/** Table names: records are separate from the board's opportunities. */
export const TABLES = { offers: 'offers', profile: 'profile', plans: 'plans' } as const

/** The id of the single profile record. */
export const PROFILE_ID = 'me'

/** JSON round-trip, so no Vue proxy reaches the store. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
