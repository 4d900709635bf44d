/**
 * What main keeps for the vault outside IndexedDB, in its own file beside the data: a copy of the
 * (non-secret) header, to put back a lost header row, and the highest manifest generation it was
 * told of, so a manifest put back from an older copy is caught (see manifest.ts).
 */
import { host } from '../host'

/** Main's copy of the vault's header and generation. */
export interface VaultKeeper {
  /** The copy as main holds it: the header text (null when none) and the generation (0 when none). */
  read(): Promise<{ header: string | null; generation: number }>
  /** Replaces main's header copy (the vault was created, rotated or restored). */
  keepHeader(header: string): Promise<void>
  /** Tells main the manifest reached `generation`; main keeps the highest it was told. */
  keepGeneration(generation: number): Promise<void>
}

/** The keeper in main, over the bridge. */
export function hostKeeper(): VaultKeeper {
  return {
    read: () => host().call('vault/kept-state', {}),
    keepHeader: async (header) => {
      await host().call('vault/keep-header', { header })
    },
    keepGeneration: async (generation) => {
      await host().call('vault/keep-generation', { generation })
    },
  }
}

/** A keeper held in memory: for a vault with no main process to talk to (tests, the bench). */
export function memoryKeeper(): VaultKeeper & {
  state: { header: string | null; generation: number }
} {
  const state = { header: null as string | null, generation: 0 }
  return {
    state,
    read: async () => ({ ...state }),
    keepHeader: async (header) => {
      state.header = header
    },
    keepGeneration: async (generation) => {
      state.generation = Math.max(state.generation, generation)
    },
  }
}
