/**
 * Negotiation talking points with the figures, for the user's own notes, and an email that raises
 * them: thanks first, then what differs from the advert, then the figure the user is asking for.
 */
import type { NegotiationNotes } from '../../domain/offer'
import type { Money } from '../../domain/money'
import type { OfferCheck, OfferFinding, OfferTarget } from '../offerTypes'
import { DEFAULT_LOCALE, type LocaleTag } from '../../domain/locale'
import { formatMoney } from '../../domain/money'
import type { Draft, DraftBase } from './format'
import { greeting, paragraphs, signOff } from './format'

/** Input of the negotiation drafts. */
export interface NegotiationInput extends DraftBase {
  recipientName: string
  check: OfferCheck
  target: OfferTarget | null
  notes?: Pick<NegotiationNotes, 'justification' | 'talkingPoints'> | null
}

/** Talking points and the email that raises them. */
export interface NegotiationDraft {
  /** For the user: one line per point, with the figures. */
  points: string[]
  /** For the employer. */
  draft: Draft
}

const PER = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' }

function fmt(m: Money | undefined, locale: LocaleTag): string {
  return m ? formatMoney(m, locale) : ''
}

/** What the user would say to the employer about one finding, in the first person. */
function ask(f: OfferFinding, locale: LocaleTag): string | null {
  const x = f.figures
  const per = x.period ? ` ${PER[x.period]}` : ''
  switch (f.kind) {
    case 'pay-below-band':
      return `The advert gave the pay as ${fmt(x.advertMin, locale)} to ${fmt(x.advertMax, locale)}${per}, and the offer of ${fmt(x.offer, locale)} is below that range.`
    case 'benefit-missing':
      return `The advert mentioned ${x.benefit}, which I could not find in the offer.`
    case 'car-missing':
      return 'The advert included a company car, which is not part of the offer.'
    case 'allowance-missing':
      return 'The advert included a car allowance, which is not part of the offer.'
    case 'allowance-lower':
      return `The car allowance is ${fmt(x.difference, locale)} a year lower than advertised.`
    case 'more-hours':
      return `The offer asks for ${x.offerHours} hours a week, where the advert said ${x.advertHours}.`
    case 'less-holiday':
      return `The offer includes ${x.offerDays} days of holiday, where the advert said ${x.advertDays}.`
    case 'holiday-below-statutory':
      return `The holiday allowance appears to be below the statutory minimum of ${x.statutoryDays} days; could you check it?`
    case 'location-differs':
      return `The offer gives the location as ${x.offerValue}, where the advert said ${x.advertValue}.`
    case 'arrangement-differs':
      return f.effect === 'worse'
        ? `The offer describes the role as ${x.offerValue}, where the advert said ${x.advertValue}.`
        : null
    default:
      return null
  }
}

/**
 * Builds the talking points (with money from minor units, formatted for `locale`) and a warm
 * email that raises the gaps and asks for the target figure.
 */
export function negotiationDraft(input: NegotiationInput): NegotiationDraft {
  const locale = input.locale ?? DEFAULT_LOCALE
  const { check, target } = input
  const points: string[] = []
  for (const f of check.findings) {
    if (f.effect === 'worse' || f.kind === 'pay-within-band' || f.kind === 'currency-differs') {
      points.push(f.explanation)
    }
  }
  if (target) points.push(`Ask for ${formatMoney(target.pay, locale)} ${PER[target.period]}.`)
  if (target?.walkAway) {
    points.push(
      `Below ${formatMoney(target.walkAway, locale)} ${PER[target.period]}, decline politely.`,
    )
  }
  const why = input.notes?.justification.trim()
  if (why) points.push(`Why you are worth it: ${why}`)
  for (const p of input.notes?.talkingPoints ?? []) if (p.trim()) points.push(p.trim())
  if (check.verdict === 'matches') {
    points.push(
      'The offer matches the advert: there is little room, so weigh up accepting it as it is.',
    )
  }

  const lines = check.findings.map((f) => ask(f, locale)).filter((l): l is string => l !== null)
  const belowTarget = check.findings.find((f) => f.kind === 'pay-below-target')
  const askFor =
    target && belowTarget
      ? `Given ${why ? 'what I would bring to the role' : 'my experience'}, I was hoping for ${formatMoney(target.pay, locale)} ${PER[target.period]}.${why ? ` ${why}` : ''}`
      : ''
  const body = paragraphs(
    greeting(input.recipientName),
    `Thank you very much for the offer of the ${input.role} role. I am very pleased that you would like me to join the team at ${input.company}.`,
    lines.length || askFor
      ? `Before I accept, there ${lines.length + (askFor ? 1 : 0) > 1 ? 'are a few points' : 'is one point'} I would like to discuss.`
      : '',
    lines.map((l) => `- ${l}`).join('\n'),
    askFor,
    'I am very keen to make this work, and I would welcome a conversation about it whenever suits you.',
    signOff(input.sender),
  )
  return { points, draft: { subject: `${input.role}: the offer`, body, flags: [] } }
}
