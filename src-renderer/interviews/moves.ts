import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Opportunity, Rejection, Stage } from '@shared/domain/opportunity'
import { questionMove } from '@shared/domain/stages'
import { useBoardStore } from './store'
import { useAnnouncer } from '../shell/announcer'
import { useNavStore } from '../shell/nav'
import { useOfferStore } from '../offers/offerStore'

/** A move waiting for the user's answer in a dialog. */
export type PendingMove =
  | { kind: 'question'; opportunity: Opportunity; to: Stage; question: string }
  | { kind: 'offer'; opportunity: Opportunity }
  | { kind: 'rejected'; opportunity: Opportunity }

/**
 * Every move, from drag and drop, the move menu, a shortcut or the detail view, goes through
 * here: questionable moves ask first, Offer and Rejected ask for their facts, and the result is
 * announced to screen readers.
 */
export const useMoveStore = defineStore('moves', () => {
  const pending = ref<PendingMove | null>(null)
  /** The last completed move, so the board can take the keyboard to the card where it landed. */
  const moved = ref<{ id: string; to: Stage } | null>(null)
  const board = useBoardStore()
  const announcer = useAnnouncer()

  /** Starts a move; it completes now or after the dialog it opens. */
  async function request(id: string, to: Stage, confirmed = false): Promise<void> {
    const o = board.byId.get(id)
    if (!o || o.stage === to) return
    const question = confirmed ? null : questionMove(o, to)
    if (question) pending.value = { kind: 'question', opportunity: o, to, question }
    else if (to === 'offer') pending.value = { kind: 'offer', opportunity: o }
    else if (to === 'rejected') pending.value = { kind: 'rejected', opportunity: o }
    else done(id, to, await board.move(id, to))
  }

  function done(id: string, to: Stage, text: string): void {
    announcer.say(text)
    moved.value = { id, to }
  }

  /** The user answered the question dialog: go ahead. */
  async function confirm(): Promise<void> {
    const p = pending.value
    pending.value = null
    if (p?.kind === 'question') await request(p.opportunity.id, p.to, true)
  }

  /** Completes a move to Offer with the date it arrived. */
  async function recordOffer(receivedOn: string): Promise<void> {
    const p = pending.value
    pending.value = null
    if (p?.kind !== 'offer') return
    const text = await board.move(p.opportunity.id, 'offer')
    await board.update(p.opportunity.id, (o) => ({ ...o, offerReceivedOn: receivedOn }))
    announcer.say(text)
    // Straight on to the offer's terms, prefilled from the interview's advert.
    const { company, role, advert } = p.opportunity
    useOfferStore().openOfferFor(p.opportunity.id, {
      company,
      role,
      advert: advert?.terms ?? null,
      receivedOn,
    })
    useNavStore().go('offers')
  }

  /** Completes a move to Rejected with how it came. */
  async function recordRejection(rejection: Rejection): Promise<void> {
    const p = pending.value
    pending.value = null
    if (p?.kind !== 'rejected') return
    done(p.opportunity.id, 'rejected', await board.move(p.opportunity.id, 'rejected', rejection))
  }

  /** Closes the dialog without moving. */
  function cancel(): void {
    if (pending.value) announcer.say(`${pending.value.opportunity.company} stays where it was.`)
    pending.value = null
  }

  return { pending, moved, request, confirm, recordOffer, recordRejection, cancel }
})
