import { describe, expect, it } from 'vitest'
import type { Referee } from '../domain/people'
import type { PlannedAction, Recipient } from '../rules/actions'
import { at, interviewer, opportunity, round } from '../rules/testing/fixtures'
import {
  actionAddress,
  actionDraft,
  actionTitle,
  draftText,
  linkedInProfileUrl,
  presentAction,
} from './action'

const referee: Referee = {
  id: 'ref-1',
  name: 'Dana Cole',
  relation: 'line manager',
  email: 'dana@old.example',
  phone: '',
  lastWarned: null,
}

const o = opportunity({
  rounds: [
    round({
      interviewers: [{ ...interviewer('i1', 'Priya Shah'), email: 'priya@northwind.example' }],
    }),
  ],
  agency: { name: 'Hays', consultant: 'Sam Reed', email: 'sam@hays.example', phone: '' },
})

function action(
  kind: PlannedAction['kind'],
  recipient: Recipient,
  withDraft = true,
): PlannedAction {
  return {
    id: `a-${kind}`,
    opportunityId: o.id,
    kind,
    rule: 'chase.after-promised-date',
    alsoRules: [],
    earliest: at('2026-03-10T09:00:00Z'),
    latest: at('2026-03-10T17:00:00Z'),
    recipient,
    channel: 'email',
    status: 'upcoming',
    draft: withDraft
      ? { subject: 'Following up', body: 'Dear Priya,\nAny news?', flags: [] }
      : null,
  }
}

const chaser = action('chaser', { kind: 'employer', name: 'Priya Shah' })
const ctx = { opportunity: o, referees: [referee] }

describe('presenting a planned action', () => {
  it('words a chaser as Today does, with the company in its label', () => {
    expect(presentAction(chaser, ctx)).toMatchObject({
      title: 'Ask Priya Shah for news',
      label: 'Northwind · Ask Priya Shah for news',
    })
  })

  it('addresses interviewers, the employer’s named contact, consultants and referees', () => {
    const to = (r: Recipient) => actionAddress({ recipient: r }, ctx)
    expect(to({ kind: 'interviewer', id: 'i1', name: 'Priya Shah' })).toMatchObject({
      name: 'Priya Shah',
      email: 'priya@northwind.example',
    })
    expect(to({ kind: 'employer', name: 'Priya Shah' }).email).toBe('priya@northwind.example')
    expect(to({ kind: 'employer', name: 'Northwind' }).email).toBe('')
    expect(to({ kind: 'consultant', name: 'Sam Reed', agency: 'Hays' })).toMatchObject({
      name: 'Sam Reed',
      email: 'sam@hays.example',
    })
    expect(to({ kind: 'referee', id: 'ref-1', name: 'Dana Cole' })).toMatchObject({
      name: 'Dana Cole',
      email: 'dana@old.example',
    })
    expect(to({ kind: 'self' })).toEqual({ name: '', email: '', phone: '', linkedIn: '' })
  })

  it('offers each channel the person has: phone to copy, LinkedIn as an https link', () => {
    const reachable = {
      ...o,
      rounds: o.rounds.map((r) => ({
        ...r,
        interviewers: r.interviewers.map((p) => ({
          ...p,
          phone: ' +44 20 7946 0958 ',
          linkedIn: 'linkedin.com/in/priya-shah-léa',
        })),
      })),
      agency: { ...o.agency!, phone: '+33 1 42 68 53 00' },
    }
    const to = (r: Recipient) => actionAddress({ recipient: r }, { opportunity: reachable })
    expect(to({ kind: 'interviewer', id: 'i1', name: 'Priya Shah' })).toEqual({
      name: 'Priya Shah',
      email: 'priya@northwind.example',
      phone: '+44 20 7946 0958',
      linkedIn: 'https://linkedin.com/in/priya-shah-léa',
    })
    expect(to({ kind: 'consultant', name: 'Sam Reed', agency: 'Hays' })).toMatchObject({
      phone: '+33 1 42 68 53 00',
      linkedIn: '',
    })
  })

  it('makes a typed LinkedIn address a link only when it is one', () => {
    expect(linkedInProfileUrl('www.linkedin.com/in/dana')).toBe('https://www.linkedin.com/in/dana')
    expect(linkedInProfileUrl('https://linkedin.com/in/dana')).toBe('https://linkedin.com/in/dana')
    expect(linkedInProfileUrl('Dana Cole on LinkedIn')).toBeNull()
    expect(linkedInProfileUrl('javascript:alert(1)')).toBeNull()
  })

  it('gives the suggestion until the user edits the draft, then their words', () => {
    expect(actionDraft(chaser, ctx)).toEqual({
      to: 'priya@northwind.example',
      subject: 'Following up',
      body: 'Dear Priya,\nAny news?',
      edited: false,
    })
    const edited = { ...o, draftEdits: { [chaser.id]: { body: 'Priya, my own words.', at: 1 } } }
    expect(actionDraft(chaser, { opportunity: edited })).toMatchObject({
      body: 'Priya, my own words.',
      edited: true,
    })
    expect(draftText(actionDraft(chaser, { opportunity: edited })!)).toBe(
      'Following up\n\nPriya, my own words.',
    )
  })

  it('has no draft for an action planned without one, and no company for the weekly nudge', () => {
    expect(presentAction(action('chaser', chaser.recipient, false), ctx).draft).toBeNull()
    const nudge = presentAction(action('keep-looking', { kind: 'self' }, false), {
      opportunity: null,
    })
    expect(nudge).toMatchObject({
      title: 'Keep applying elsewhere',
      label: 'Keep applying elsewhere',
    })
  })
})

describe('the offer deadline', () => {
  it('titles the deadline and the request for more time with the company', () => {
    const self = { kind: 'self' } as const
    const company = 'Société Générale de Logistique'
    expect(actionTitle({ kind: 'decision-deadline', recipient: self }, company)).toBe(
      'Give Société Générale de Logistique your answer to the offer',
    )
    expect(
      actionTitle({ kind: 'more-time', recipient: { kind: 'employer', name: 'Hélène' } }, company),
    ).toBe('Ask Société Générale de Logistique for more time to decide')
  })
})
