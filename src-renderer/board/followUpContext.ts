import { computed } from 'vue'
import type { Offer } from '@shared/domain/offer'
import type { Opportunity } from '@shared/domain/opportunity'
import { latestOffers } from '@shared/offer/latest'
import type { PlanContext } from '@shared/rules/planEnv'
import { useOfferStore } from '../offer/offerStore'
import { useStartPlanStore } from '../plan/planStore'
import { useBoardStore } from './store'

/** What an opportunity's plan depends on besides its record and the board-wide inputs. */
export interface OfferInputs {
  /** The opportunity's offer (the one received last), or null. */
  offer: Offer | null
  /** The break chosen on the start plan for that offer, in calendar days. */
  breakDays: number
}

/**
 * The rules' context for one opportunity, as the stores hold it: the board's settings, profile
 * and referees, the opportunity's offer from the offer store, and the break chosen for that offer
 * on the start plan (the resign-by date leaves room for it). Reading it inside a computed or
 * watch tracks the offers and the plans.
 */
export function useFollowUpContext() {
  const board = useBoardStore()
  const offers = useOfferStore()
  const plans = useStartPlanStore()
  const offerOf = computed(() => latestOffers(offers.entries))

  /** The offer-side inputs of `o`: equal (offer identity, break) means its plan is unchanged. */
  function offerInputs(o: Opportunity): OfferInputs {
    const offer = offerOf.value.get(o.id) ?? null
    const chosen = offer ? plans.saved[offer.id]?.choices.breakDays : undefined
    return { offer, breakDays: chosen ?? board.settings.breakDays }
  }

  /** The context to plan `o` with; `inputs` when the caller already has them. */
  function contextOf(o: Opportunity, drafts: boolean, inputs = offerInputs(o)): PlanContext {
    const settings = board.settings
    return {
      settings:
        inputs.breakDays === settings.breakDays
          ? settings
          : { ...settings, breakDays: inputs.breakDays },
      profile: board.profile,
      referees: board.referees,
      offer: inputs.offer,
      drafts,
    }
  }

  /** True when the two inputs plan the same. */
  function sameInputs(a: OfferInputs, b: OfferInputs): boolean {
    return a.offer === b.offer && a.breakDays === b.breakDays
  }

  /** Changes whenever any opportunity's offer-side inputs may have changed (for watchers). */
  const version = computed(() => [offerOf.value, plans.saved] as const)

  return { offerInputs, contextOf, sameInputs, version }
}
