/**
 * Everyone the user has met across their applications, one entry per person: the interviewers of
 * every round, the agencies' consultants and the referees, with their contact details as the
 * records hold them, what the user sent them, and the applications they appear in.
 *
 * The records keep people inside each application, typed again each time, so one person is found
 * in several places. Two mentions are the same person when they share an email address, or when
 * their names and companies read the same once case, accents and spacing are set aside
 * (`foldText`): "Renée Côté" at Lumière in March and "renee cote" at Lumière in May are one.
 * Sameness carries over: A and B share an email, B and C a name and company, so A, B and C are one.
 */
import type { Message, Opportunity } from './opportunity'
import type { Referee } from './people'
import type { Instant, IsoDate } from './time'
import { foldText } from './names'

/** How a person appears in an application. */
export type PersonRole = 'interviewer' | 'consultant' | 'referee'

/** One application a person appears in, and as what. */
export interface Appearance {
  opportunityId: string
  company: string
  /** The role applied for. */
  role: string
  as: PersonRole
  /** Their job title (an interviewer), agency (a consultant) or relation (a referee), as typed. */
  detail: string
}

/** A message the user sent (a reply is theirs, not the user's). */
export type SentKind = Exclude<Message['kind'], 'reply'>

/** Something that happened with a person: a message the user logged, or a referee warned. */
export type PersonEvent =
  | { kind: 'message'; message: SentKind; at: Instant; opportunityId: string }
  | { kind: 'warned'; on: IsoDate; opportunityId: string; role: string }

/** One person, gathered from every mention of them. */
export interface Person {
  /** Stable while their mentions stay the same: the id of their first mention. */
  key: string
  /** Their name as the user wrote it: the spelling used most, accents preferred on a tie. */
  name: string
  /** Where they work, as typed (the employer, or the agency); '' for a referee. */
  company: string
  /** Every distinct address, number and profile the records hold for them, in the order met. */
  emails: string[]
  phones: string[]
  linkedIns: string[]
  roles: PersonRole[]
  /** Newest application first. */
  appearances: Appearance[]
  /** Newest first. */
  events: PersonEvent[]
}

/** One mention of a person in one record, before grouping. */
interface Mention {
  id: string
  role: PersonRole
  name: string
  company: string
  email: string
  phone: string
  linkedIn: string
  /** Newest application first. */
  appearances: Appearance[]
  events: PersonEvent[]
  /** For ordering: when the newest application it comes from was made (none: 0). */
  at: Instant
}

/**
 * The people of `opportunities` and `referees`, grouped into persons (see the module comment),
 * sorted by name. A mention with neither a name nor an email is nobody and is left out.
 */
export function groupPeople(
  opportunities: readonly Opportunity[],
  referees: readonly Referee[],
): Person[] {
  const newestFirst = [...opportunities].sort((a, b) => b.createdAt - a.createdAt)
  const mentions = [
    ...newestFirst.flatMap(mentionsIn),
    ...referees.map((r) => refereeMention(r, newestFirst)),
  ].filter((m) => m.name.trim() !== '' || m.email.trim() !== '')
  return unite(mentions)
    .map(toPerson)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
}

/** The identity keys of a mention: its email, and its name at its company. */
export function identityKeys(m: { name: string; company: string; email: string }): string[] {
  const keys: string[] = []
  const email = m.email.trim().toLowerCase()
  if (email) keys.push(`email:${email}`)
  const name = foldText(m.name)
  if (name) keys.push(`name:${name}@${foldText(m.company)}`)
  return keys
}

function appearance(o: Opportunity, as: PersonRole, detail: string): Appearance {
  return { opportunityId: o.id, company: o.company, role: o.role, as, detail }
}

function mentionsIn(o: Opportunity): Mention[] {
  const out: Mention[] = []
  const sent = (to: string): PersonEvent[] =>
    o.messages.flatMap((m): PersonEvent[] =>
      m.to === to && m.kind !== 'reply'
        ? [{ kind: 'message', message: m.kind, at: m.at, opportunityId: o.id }]
        : [],
    )
  for (const round of o.rounds)
    for (const i of round.interviewers)
      out.push({
        ...i,
        role: 'interviewer',
        company: o.company,
        appearances: [appearance(o, 'interviewer', i.title)],
        events: sent(i.id),
        at: o.createdAt,
      })
  const agency = o.agency
  if (agency)
    out.push({
      id: `${o.id}:agency`,
      role: 'consultant',
      name: agency.consultant,
      company: agency.name,
      email: agency.email,
      phone: agency.phone,
      linkedIn: '',
      appearances: [appearance(o, 'consultant', agency.name)],
      events: sent('agency'),
      at: o.createdAt,
    })
  return out
}

/** A referee is one record for the whole search, appearing in each application it was picked for. */
function refereeMention(r: Referee, newestFirst: readonly Opportunity[]): Mention {
  const picked = newestFirst.filter((o) => o.refereeIds.includes(r.id))
  return {
    ...r,
    role: 'referee',
    company: '',
    linkedIn: '',
    appearances: picked.map((o) => appearance(o, 'referee', r.relation)),
    events: r.lastWarned ? [{ kind: 'warned', ...r.lastWarned }] : [],
    at: picked[0]?.createdAt ?? 0,
  }
}

/** Groups mentions that share an identity key, transitively (union-find). */
function unite(mentions: readonly Mention[]): Mention[][] {
  const parent = mentions.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const owner = new Map<string, number>()
  mentions.forEach((m, i) => {
    for (const key of identityKeys(m)) {
      const j = owner.get(key)
      if (j === undefined) owner.set(key, i)
      else parent[find(i)] = find(j)
    }
  })
  const groups = new Map<number, Mention[]>()
  mentions.forEach((m, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), m])
  })
  return [...groups.values()]
}

function toPerson(group: Mention[]): Person {
  const newest = [...group].sort((a, b) => b.at - a.at)
  const seen = new Set<string>()
  const appearances = newest
    .flatMap((m) => m.appearances)
    .filter((a) => {
      const key = `${a.opportunityId}:${a.as}`
      return !seen.has(key) && !!seen.add(key)
    })
  return {
    key: group[0]!.id,
    name: spelling(newest.map((m) => m.name)),
    company: spelling(newest.filter((m) => m.role !== 'referee').map((m) => m.company)),
    emails: distinct(newest.map((m) => m.email)),
    phones: distinct(newest.map((m) => m.phone)),
    linkedIns: distinct(newest.map((m) => m.linkedIn)),
    roles: [...new Set(newest.map((m) => m.role))],
    appearances,
    events: group.flatMap((m) => m.events).sort((a, b) => eventTime(b) - eventTime(a)),
  }
}

/** Each value once (ignoring case and the spaces at its ends), as first met; blanks left out. */
function distinct(values: readonly string[]): string[] {
  const byKey = new Map<string, string>()
  for (const value of values.map((v) => v.trim()))
    if (value && !byKey.has(value.toLowerCase())) byKey.set(value.toLowerCase(), value)
  return [...byKey.values()]
}

function eventTime(e: PersonEvent): number {
  return e.kind === 'message' ? e.at : Date.parse(`${e.on}T12:00:00Z`)
}

/** The spelling used most; on a tie, the one with more accented letters, then the newest. */
function spelling(names: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const n of names.map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean))
    counts.set(n, (counts.get(n) ?? 0) + 1)
  const accented = (s: string) => [...s].filter((c) => c > '\u007f').length
  let best = ''
  for (const [n, c] of counts) {
    const b = counts.get(best) ?? 0
    if (c > b || (c === b && accented(n) > accented(best))) best = n
  }
  return best
}

/**
 * True when every word of `query` appears in what is known of `p`: their name, company, email,
 * and the companies and roles of their applications, read without case or accents.
 */
export function personMatches(p: Person, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const text = foldText(
    [
      p.name,
      p.company,
      ...p.emails,
      ...p.roles,
      ...p.appearances.flatMap((a) => [a.company, a.role, a.detail]),
    ].join(' '),
  )
  return words.every((w) => text.includes(w))
}
