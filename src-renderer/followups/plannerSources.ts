import { computed } from 'vue'
import { latestOffers } from '@shared/offers/latest'
import { useOfferStore } from '../offers/offerStore'
import { useStartPlanStore } from '../startPlan/startPlanStore'
import type { PlannerSources } from './planner'
import { useBoardStore } from '../interviews/store'

/**
 * The planner's inputs as the stores hold them: the board's records, settings, profile and
 * referees, each opportunity's offer from the offer store, and the break chosen for that offer
 * on the start plan (the resign-by date leaves room for it). Every getter is reactive.
 */
export function usePlannerSources(): PlannerSources {
  const board = useBoardStore()
  const offers = useOfferStore()
  const plans = useStartPlanStore()
  const offerOf = computed(() => latestOffers(offers.entries))
  return {
    loaded: () => board.loaded,
    opportunities: () => board.opportunities,
    opportunity: (id) => board.byId.get(id),
    settings: () => board.settings,
    profile: () => board.profile,
    referees: () => board.referees,
    offerInputs(o) {
      const offer = offerOf.value.get(o.id) ?? null
      const chosen = offer ? plans.saved[offer.id]?.choices.breakDays : undefined
      return { offer, breakDays: chosen ?? board.settings.breakDays }
    },
    offerVersion: () => [offerOf.value, plans.saved],
  }
}
