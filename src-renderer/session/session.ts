/**
 * The renderer's session: made when the vault unlocks, disposed when it locks. It owns the
 * repositories (one per table) and whatever else lives exactly as long as the decrypted data
 * (the follow-up planner's cache, loads in flight). Nothing it holds is reachable once it is
 * disposed: repositories refuse to read or write, and what each store keeps from a session goes
 * back to empty (see sessionRef in store.ts).
 */
import {
  createRepository,
  type Repository,
  type RepositoryContext,
  type RowValidator,
} from './repository'
import { TABLES, VALIDATORS } from './tables'

type Validated = typeof VALIDATORS
type RowOf<V> = V extends RowValidator<infer T> ? T : never

/** One repository per table. */
export type Repositories = { [K in keyof Validated]: Repository<RowOf<Validated[K]>> }

/** An unlocked session. */
export interface Session {
  readonly repositories: Repositories
  /** True once disposed. */
  readonly disposed: boolean
  /**
   * The part named `key` of this session, made by `make` the first time it is asked for and
   * disposed with the session (the slot the follow-up planner and per-session loads use).
   */
  own<T>(key: string, make: () => T, dispose?: (value: T) => void): T
  /** Ends the session: every owned part is disposed and the repositories stop working. */
  dispose(): void
}

/** A session over the unlocked vault's record store. */
export function createSession(records: RepositoryContext['records']): Session {
  let disposed = false
  const owned = new Map<string, { value: unknown; dispose?: (value: never) => void }>()
  const context = { records, disposed: () => disposed }
  const repositories = Object.fromEntries(
    (Object.keys(TABLES) as (keyof typeof TABLES)[]).map((name) => [
      name,
      createRepository(context, TABLES[name], VALIDATORS[name] as RowValidator<unknown>),
    ]),
  ) as Repositories

  return {
    repositories,
    get disposed() {
      return disposed
    },
    own<T>(key: string, make: () => T, dispose?: (value: T) => void): T {
      const existing = owned.get(key)
      if (existing) return existing.value as T
      const value = make()
      owned.set(key, { value, dispose: dispose as ((value: never) => void) | undefined })
      return value
    },
    dispose() {
      if (disposed) return
      disposed = true
      for (const part of owned.values()) part.dispose?.(part.value as never)
      owned.clear()
    },
  }
}
