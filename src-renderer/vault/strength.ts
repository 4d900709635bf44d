/**
 * Passphrase strength from @zxcvbn-ts (a maintained estimator), loaded on first use so its
 * dictionaries do not slow down the app's start.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core'

/** A strength estimate in the user's words. */
export interface Strength {
  /** 0 (very weak) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4
  label: string
  /** The estimator's main warning, if any (English). */
  warning: string | null
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const

/** The weakest score a new passphrase may have. */
export const MIN_SCORE = 3

let factory: Promise<ZxcvbnFactory> | null = null

function load(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      }),
  )
  return factory
}

/** Estimates how hard `passphrase` is to guess; `context` are words the app knows about the user. */
export async function estimateStrength(
  passphrase: string,
  context: string[] = [],
): Promise<Strength> {
  const result = (await load()).check(passphrase, [...context, 'afterview'])
  const score = result.score as Strength['score']
  return { score, label: LABELS[score], warning: result.feedback.warning || null }
}
