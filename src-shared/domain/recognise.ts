/**
 * Recognising someone met before: while the user types a person into an application, the one
 * known person (see directory) with the same email, or the same name read without case and
 * accents, is offered as "the same person", and their known contact details fill the blanks.
 * Only an offer: the form asks, and nothing changes until the user says yes.
 */
import type { Person } from './directory'
import { foldText } from './names'

/** What the user has typed about a person so far. */
export interface TypedPerson {
  name: string
  email: string
  phone: string
  linkedIn: string
}

/**
 * What accepting a known person fills in: contact details only where the field is blank, never
 * over one typed; and their name as written before when the typed one differs only in case,
 * accents or spacing (so drafts greet "Renée", not "renee").
 */
export type ContactFill = Partial<Pick<TypedPerson, 'name' | 'email' | 'phone' | 'linkedIn'>>

/** A known person who may be the one being typed, and what accepting would fill in. */
export interface Recognition {
  person: Person
  fill: ContactFill
}

/**
 * The known person `typed` may be, or null. Mentions in the application being edited
 * (`opportunityId`) do not count: a person is not "met before" in their own row. A name matches
 * only in full ("Sam" is not yet Sam Patel); two different people by that name, or a match that
 * would fill nothing in, offer nothing.
 */
export function recognise(
  people: readonly Person[],
  typed: TypedPerson,
  opportunityId: string | null,
): Recognition | null {
  const email = typed.email.trim().toLowerCase()
  const name = foldText(typed.name)
  if (!email && name.length < 3) return null
  const elsewhere = people.filter((p) =>
    p.appearances.some((a) => a.opportunityId !== opportunityId),
  )
  const byEmail = email
    ? elsewhere.filter((p) => p.emails.some((e) => e.toLowerCase() === email))
    : []
  const byName = name ? elsewhere.filter((p) => foldText(p.name) === name) : []
  const found = byEmail.length === 1 ? byEmail : byEmail.length === 0 ? byName : []
  if (found.length !== 1) return null
  const person = found[0]!
  const fill = contactFill(person, typed)
  return Object.keys(fill).length > 0 ? { person, fill } : null
}

function contactFill(person: Person, typed: TypedPerson): ContactFill {
  const fill: ContactFill = {}
  const name = typed.name.trim()
  if (!name || (name !== person.name && foldText(name) === foldText(person.name)))
    fill.name = person.name
  if (!typed.email.trim() && person.emails[0]) fill.email = person.emails[0]
  if (!typed.phone.trim() && person.phones[0]) fill.phone = person.phones[0]
  if (!typed.linkedIn.trim() && person.linkedIns[0]) fill.linkedIn = person.linkedIns[0]
  return fill
}
