import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type {
  AttachmentRef,
  BenefitOverride,
  CounterOffer,
  NegotiationNotes,
  Terms,
} from '@shared/domain'
import { withBenefitOverride } from '@shared/rules/benefits'
import { emptyNotes, entryFromDraft, newDraft, draftFromEntry } from '@shared/offers/draft'
import {
  draftFromTerms,
  validateDraft,
  type DraftErrors,
  type OfferDraft,
  type OfferEntry,
} from '@shared/offers/entry'
import { discardFiles, discardWithUndo } from '../attachments/attachments'
import { todayIso } from './today'
import { userLocale } from '../locale'
import { sessionRef, useSessionStore } from '../session/store'

function newId(): string {
  return crypto.randomUUID()
}

/** The offer form while it is open: the terms as typed, and the letter it will save. */
export interface OfferEditing {
  /** Null for a new offer. */
  id: string | null
  opportunityId: string
  draft: OfferDraft
  letter: AttachmentRef | null
}

/** Offers, one per opportunity, and which one the Offers section shows. */
export const useOfferStore = defineStore('offers', () => {
  const sessions = useSessionStore()
  const repository = () => sessions.repositories().offers
  const entries = sessionRef<OfferEntry[]>(() => [])
  const selectedId = sessionRef<string | null>(() => null)
  /** The form being edited: a new offer (id null) or an existing one. */
  const editing = sessionRef<OfferEditing | null>(() => null, true)
  /**
   * Files attached in the open form. No record refers to them until the form is saved, so the
   * ones the saved offer does not keep are deleted when the form closes (or the session ends).
   */
  let formFiles: AttachmentRef[] = []
  watch(
    () => sessions.current,
    () => {
      discardFiles(formFiles)
      formFiles = []
    },
    { flush: 'sync' },
  )
  const errors = ref<DraftErrors>({})
  /** How the last save of an offer went. */
  const saveState = computed(() => sessions.saveStateOf('offers'))

  /** Reads the saved offers from the session, once per session. */
  function load(): Promise<void> {
    return sessions.session().own('offers:load', async () => {
      const { rows } = await repository().load()
      entries.value = rows.map((r) => r.value)
      selectedId.value = entries.value[0]?.offer.id ?? null
    })
  }

  /** Opens the form on `next` (or closes it): files attached in a form left unsaved go. */
  function setEditing(next: OfferEditing | null): void {
    discardFiles(formFiles)
    formFiles = []
    editing.value = next
  }

  function replace(entry: OfferEntry): void {
    const id = entry.offer.id
    entries.value = entries.value.some((e) => e.offer.id === id)
      ? entries.value.map((e) => (e.offer.id === id ? entry : e))
      : [...entries.value, entry]
  }

  /**
   * Saves `change` applied to offer `id` and shows the result once it is saved. A failure leaves
   * the offer as it was and shows in `saveState`; answers whether it was saved.
   */
  async function change(id: string, edit: (e: OfferEntry) => OfferEntry): Promise<boolean> {
    if (!entries.value.some((e) => e.offer.id === id)) throw new Error(`No offer ${id}`)
    try {
      await repository().save(
        id,
        () => {
          const entry = entries.value.find((e) => e.offer.id === id)
          if (!entry) throw new Error(`No offer ${id}`)
          return edit(entry)
        },
        replace,
      )
      return true
    } catch {
      return false
    }
  }

  /** True while the section shows every offer side by side. */
  const comparing = ref(false)

  const selected = computed(
    () => entries.value.find((e) => e.offer.id === selectedId.value) ?? null,
  )

  /** Opens the form for a new offer that belongs to no board card yet. */
  function startNew(): void {
    setEditing({
      id: null,
      opportunityId: newId(),
      draft: newDraft(todayIso(), userLocale),
      letter: null,
    })
    errors.value = {}
    comparing.value = false
  }

  /**
   * The board's way in: when a card moves to the Offer column, show that opportunity's offer, or
   * a new offer form for it with the company and role filled in.
   */
  function openOfferFor(
    opportunityId: string,
    known: { company?: string; role?: string; advert?: Terms | null; receivedOn?: string } = {},
  ): void {
    const existing = entries.value.find((e) => e.offer.opportunityId === opportunityId)
    if (existing) {
      selectedId.value = existing.offer.id
      setEditing(null)
      return
    }
    const draft = newDraft(todayIso(), userLocale)
    draft.company = known.company ?? ''
    draft.role = known.role ?? ''
    if (known.receivedOn) draft.receivedOn = known.receivedOn
    // The advert was logged with the interview: check the offer against it without retyping.
    if (known.advert) {
      draft.hasAdvert = true
      draft.advert = draftFromTerms(known.advert, userLocale)
    }
    setEditing({ id: null, opportunityId, draft, letter: null })
    errors.value = {}
  }

  /** Opens the form on a saved offer. */
  function edit(id: string): void {
    const entry = entries.value.find((e) => e.offer.id === id)
    if (!entry) return
    setEditing({
      id,
      opportunityId: entry.offer.opportunityId,
      draft: draftFromEntry(entry, userLocale),
      letter: entry.offer.letter,
    })
    errors.value = {}
    comparing.value = false
  }

  /** Leaves the form without saving. */
  function cancelEdit(): void {
    setEditing(null)
    errors.value = {}
  }

  /**
   * Saves the form when it is valid and closes it once saved; otherwise (invalid, or the save
   * failed) keeps it open with what was typed. Answers whether it was saved.
   */
  async function saveEdit(): Promise<boolean> {
    const form = editing.value
    if (!form) return false
    errors.value = validateDraft(form.draft, userLocale)
    if (Object.keys(errors.value).length) return false
    const previous = entries.value.find((e) => e.offer.id === form.id)
    const entry = entryFromDraft(
      form.draft,
      {
        id: form.id ?? newId(),
        opportunityId: form.opportunityId,
        negotiation: previous?.offer.negotiation ?? emptyNotes(),
        letter: form.letter,
        decision: previous?.offer.decision ?? 'pending',
        counterOffer: previous?.offer.counterOffer ?? null,
        benefitOverrides: previous?.offer.benefitOverrides ?? [],
      },
      userLocale,
    )
    try {
      await repository().save(entry.offer.id, () => entry, replace)
    } catch {
      return false
    }
    selectedId.value = entry.offer.id
    // The saved letter is no longer the form's to settle; a letter it replaced gets Undo.
    formFiles = formFiles.filter((f) => f.fileId !== form.letter?.fileId)
    setEditing(null)
    const dropped = previous?.offer.letter
    if (dropped && dropped.fileId !== form.letter?.fileId) {
      const id = entry.offer.id
      discardWithUndo(dropped, `Removed the letter ${dropped.name} from ${entry.company}.`, () =>
        attachLetter(id, dropped),
      )
    }
    return true
  }

  /** Puts a letter in the open form (it is saved with the form); answers the one it replaced. */
  async function attachFormLetter(file: AttachmentRef): Promise<AttachmentRef | null> {
    if (!editing.value) {
      discardFiles([file])
      return null
    }
    const displaced = editing.value.letter
    editing.value.letter = file
    formFiles.push(file)
    return displaced
  }

  /** Takes the letter out of the open form; the saved offer keeps it until the form is saved. */
  async function detachFormLetter(): Promise<void> {
    if (editing.value) editing.value.letter = null
  }

  /** Sets a saved offer's letter and saves it; answers the letter it replaced, if any. */
  async function attachLetter(id: string, file: AttachmentRef): Promise<AttachmentRef | null> {
    const displaced = entries.value.find((e) => e.offer.id === id)?.offer.letter ?? null
    await change(id, (e) => ({ ...e, offer: { ...e.offer, letter: file } }))
    return displaced
  }

  /** Takes the letter off a saved offer and saves it; the file itself stays (for Undo). */
  async function detachLetter(id: string, file: AttachmentRef): Promise<void> {
    await change(id, (e) =>
      e.offer.letter?.fileId === file.fileId ? { ...e, offer: { ...e.offer, letter: null } } : e,
    )
  }

  /** Replaces the negotiation notes of an offer. */
  async function saveNotes(id: string, notes: NegotiationNotes): Promise<void> {
    await change(id, (e) => ({ ...e, offer: { ...e.offer, negotiation: notes } }))
  }

  /** Records the start date agreed with the employer. */
  async function agreeStart(id: string, date: string): Promise<void> {
    await change(id, (e) => ({ ...e, offer: { ...e.offer, proposedStart: date } }))
  }

  /** Records the user's decision on an offer. */
  async function decide(id: string, decision: OfferEntry['offer']['decision']): Promise<void> {
    await change(id, (e) => ({ ...e, offer: { ...e.offer, decision } }))
  }

  /** Records (or, with null, forgets) the current employer's counter-offer and the user's choice. */
  async function saveCounterOffer(id: string, counterOffer: CounterOffer | null): Promise<boolean> {
    return change(id, (e) => ({ ...e, offer: { ...e.offer, counterOffer } }))
  }

  /** Records the user's word that two benefits are, or are not, the same; answers whether saved. */
  async function overrideBenefits(id: string, override: BenefitOverride): Promise<boolean> {
    return change(id, (e) => ({
      ...e,
      offer: {
        ...e.offer,
        benefitOverrides: withBenefitOverride(e.offer.benefitOverrides, override),
      },
    }))
  }

  /** Deletes an offer, and its letter's file with it (the user confirmed: there is no Undo). */
  async function remove(id: string): Promise<void> {
    const letter = entries.value.find((e) => e.offer.id === id)?.offer.letter
    try {
      await repository().remove(id, () => {
        entries.value = entries.value.filter((e) => e.offer.id !== id)
        if (selectedId.value === id) selectedId.value = entries.value[0]?.offer.id ?? null
      })
    } catch {
      return
    }
    if (letter) discardFiles([letter])
  }

  /** Shows a saved offer. */
  function select(id: string): void {
    selectedId.value = id
    setEditing(null)
    comparing.value = false
  }

  /** Shows every offer side by side. */
  function compare(): void {
    setEditing(null)
    comparing.value = true
  }

  return {
    entries,
    selectedId,
    selected,
    editing,
    errors,
    comparing,
    compare,
    saveState,
    load,
    startNew,
    openOfferFor,
    edit,
    cancelEdit,
    saveEdit,
    attachFormLetter,
    detachFormLetter,
    attachLetter,
    detachLetter,
    saveNotes,
    saveCounterOffer,
    overrideBenefits,
    agreeStart,
    decide,
    remove,
    select,
  }
})
