import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AttachmentRef, NegotiationNotes, Terms } from '@shared/domain'
import { emptyNotes, entryFromDraft, newDraft, draftFromEntry } from '@shared/offer/draft'
import {
  draftFromTerms,
  validateDraft,
  type DraftErrors,
  type OfferDraft,
  type OfferEntry,
} from '@shared/offer/entry'
import { discardFiles, discardWithUndo } from '../vault/attachments'
import { userLocale } from '../locale'
import { todayIso } from './today'
import { TABLES, plain, type Records } from './persistence'

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
  const entries = ref<OfferEntry[]>([])
  const selectedId = ref<string | null>(null)
  /** The form being edited: a new offer (id null) or an existing one. */
  const editing = ref<OfferEditing | null>(null)
  /**
   * Files attached in the open form. No record refers to them until the form is saved, so the
   * ones the saved offer does not keep are deleted when the form closes.
   */
  let formFiles: AttachmentRef[] = []
  const errors = ref<DraftErrors>({})
  /** The encrypted record store, once the vault is unlocked; null keeps offers in memory only. */
  let records: Records | null = null
  /** A sentence when the last save to the vault failed. */
  const saveError = ref<string | null>(null)

  /** Loads the saved offers from the unlocked vault and saves every later change there. */
  async function connect(store: Records): Promise<void> {
    records = store
    // Each offer was read through its schema; one that failed it is reported by the vault.
    const { records: rows } = await store.all(TABLES.offers)
    entries.value = rows.map((r) => r.value)
    selectedId.value = entries.value[0]?.offer.id ?? null
  }

  /** Forgets every decrypted offer: called when the vault locks. */
  function disconnect(): void {
    records = null
    entries.value = []
    selectedId.value = null
    setEditing(null)
  }

  /** Opens the form on `next` (or closes it): files attached in a form left unsaved go. */
  function setEditing(next: OfferEditing | null): void {
    discardFiles(formFiles)
    formFiles = []
    editing.value = next
  }

  async function persist(id: string): Promise<void> {
    if (!records) return
    const entry = entries.value.find((e) => e.offer.id === id)
    try {
      if (entry) await records.put(TABLES.offers, id, plain(entry))
      else await records.remove(TABLES.offers, id)
      saveError.value = null
    } catch {
      saveError.value = 'The last change could not be saved. Unlock Afterview and try again.'
    }
  }

  /** True while the section shows every offer side by side. */
  const comparing = ref(false)

  const selected = computed(
    () => entries.value.find((e) => e.offer.id === selectedId.value) ?? null,
  )

  /** Opens the form for a new offer that belongs to no board card yet. */
  function startNew(): void {
    setEditing({ id: null, opportunityId: newId(), draft: newDraft(todayIso()), letter: null })
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
    const draft = newDraft(todayIso())
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

  /** Saves the form when it is valid; otherwise keeps it open with the errors. */
  function saveEdit(): boolean {
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
      },
      userLocale,
    )
    entries.value = previous
      ? entries.value.map((e) => (e === previous ? entry : e))
      : [...entries.value, entry]
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
    void persist(entry.offer.id)
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
    const entry = entries.value.find((e) => e.offer.id === id)
    if (!entry) throw new Error(`No offer ${id}`)
    const displaced = entry.offer.letter
    entries.value = entries.value.map((e) =>
      e === entry ? { ...e, offer: { ...e.offer, letter: file } } : e,
    )
    await persist(id)
    return displaced
  }

  /** Takes the letter off a saved offer and saves it; the file itself stays (for Undo). */
  async function detachLetter(id: string, file: AttachmentRef): Promise<void> {
    entries.value = entries.value.map((e) =>
      e.offer.id === id && e.offer.letter?.fileId === file.fileId
        ? { ...e, offer: { ...e.offer, letter: null } }
        : e,
    )
    await persist(id)
  }

  /** Replaces the negotiation notes of an offer. */
  function saveNotes(id: string, notes: NegotiationNotes): void {
    entries.value = entries.value.map((e) =>
      e.offer.id === id ? { ...e, offer: { ...e.offer, negotiation: notes } } : e,
    )
    void persist(id)
  }

  /** Records the start date agreed with the employer. */
  function agreeStart(id: string, date: string): void {
    entries.value = entries.value.map((e) =>
      e.offer.id === id ? { ...e, offer: { ...e.offer, proposedStart: date } } : e,
    )
    void persist(id)
  }

  /** Records the user's decision on an offer. */
  function decide(id: string, decision: OfferEntry['offer']['decision']): void {
    entries.value = entries.value.map((e) =>
      e.offer.id === id ? { ...e, offer: { ...e.offer, decision } } : e,
    )
    void persist(id)
  }

  /** Deletes an offer, and its letter's file with it (the user confirmed: there is no Undo). */
  function remove(id: string): void {
    const letter = entries.value.find((e) => e.offer.id === id)?.offer.letter
    if (letter) discardFiles([letter])
    entries.value = entries.value.filter((e) => e.offer.id !== id)
    if (selectedId.value === id) selectedId.value = entries.value[0]?.offer.id ?? null
    void persist(id)
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
    saveError,
    connect,
    disconnect,
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
    agreeStart,
    decide,
    remove,
    select,
  }
})
