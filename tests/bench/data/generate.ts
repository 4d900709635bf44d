/**
 * Realistic opportunities for the benchmark vaults: 2-3 rounds of 2-4 interviewers, a pasted
 * advert of about 2 KB, notes, a reflection, messages, history and action states. Deterministic
 * per (seed, index), so the page can build record N without the bench shipping it across, and two
 * runs encrypt the same plaintext.
 */
import type {
  ActionState,
  Interviewer,
  Message,
  Opportunity,
  Round,
  Stage,
  StageChange,
} from '@shared/domain/opportunity'
import { payRate } from '@shared/domain/money'
import type { Instant } from '@shared/domain/time'
import { actionId } from '@shared/rules/actions'
import * as W from './words'

const DAY = 86_400_000

/** A small, fast, seedable PRNG (mulberry32); quality is ample for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rand = () => number

function pick<T>(rand: Rand, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T
}

function between(rand: Rand, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1))
}

function sentences(rand: Rand, list: readonly string[], count: number): string {
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(pick(rand, list))
  return out.join(' ')
}

/** A pasted advert of at least `bytes` characters (ASCII, so characters are bytes). */
function advertText(rand: Rand, company: string, role: string, bytes: number): string {
  let text = `${role} at ${company}.\n\n`
  while (text.length < bytes) text += `${pick(rand, W.ADVERT_SENTENCES)}\n`
  return text
}

function isoDate(at: Instant): string {
  return new Date(at).toISOString().slice(0, 10)
}

function person(rand: Rand, id: string, company: string): Interviewer {
  const first = pick(rand, W.FIRST_NAMES)
  const last = pick(rand, W.LAST_NAMES)
  const domain = company.toLowerCase().replace(/[^a-z]+/g, '')
  return {
    id,
    name: `${first} ${last}`,
    title: pick(rand, W.TITLES),
    email: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}.example`,
    phone: `+44 20 7${between(rand, 100, 999)} ${between(rand, 1000, 9999)}`,
    linkedIn: `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}`,
    discussed: pick(rand, W.TOPICS),
  }
}

/** Stage weights: most records are early in the funnel, as in a real search. */
const STAGE_WEIGHTS: [Stage, number][] = [
  ['interviewed', 0.4],
  ['followed-up', 0.3],
  ['offer', 0.1],
  ['rejected', 0.2],
]

function stageOf(rand: Rand): Stage {
  let r = rand()
  for (const [stage, weight] of STAGE_WEIGHTS) {
    if (r < weight) return stage
    r -= weight
  }
  return 'interviewed'
}

/** Options of the generator. */
export interface GenerateOptions {
  /** Seed of the whole vault; record `index` uses its own stream from it. */
  seed: number
  /** The instant the newest record was created at (epoch ms); older ones go back a day each. */
  now: Instant
  /** Size of each pasted advert, in bytes. Default 2,048. */
  advertBytes?: number
}

/** The opportunity number `index` of a vault. */
export function generateOpportunity(index: number, options: GenerateOptions): Opportunity {
  const rand = prng((options.seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0)
  const id = `opp-${options.seed.toString(36)}-${index.toString(36)}`
  let n = 0
  const newId = () => `${id}-${(++n).toString(36)}`
  const company = `${pick(rand, W.COMPANY_HEADS)} ${pick(rand, W.COMPANY_TAILS)}`
  const role = pick(rand, W.ROLES)
  // Spread records over time so sorting by date and "interviewed N days ago" vary.
  const createdAt = options.now - Math.floor(index / 3) * DAY - between(rand, 0, 8) * 3_600_000
  const stage = stageOf(rand)

  const rounds: Round[] = []
  const roundCount = between(rand, 2, 3)
  for (let r = 0; r < roundCount; r++) {
    const interviewers: Interviewer[] = []
    const people = between(rand, 2, 4)
    for (let p = 0; p < people; p++) interviewers.push(person(rand, newId(), company))
    rounds.push({
      id: newId(),
      date: isoDate(createdAt - (roundCount - 1 - r) * 7 * DAY),
      time: `${String(between(rand, 9, 16)).padStart(2, '0')}:${pick(rand, ['00', '15', '30', '45'])}`,
      durationMinutes: pick(rand, [30, 45, 60, 90]),
      mode: pick(rand, ['in-person', 'video', 'phone'] as const),
      place: pick(rand, W.PLACES),
      interviewers,
      isFinal: r === roundCount - 1 && rand() < 0.5,
    })
  }
  const everyone = rounds.flatMap((r) => r.interviewers)

  const messages: Message[] = []
  const actions: Record<string, ActionState> = {}
  for (const p of everyone) {
    if (rand() < 0.7) {
      const at = createdAt + between(rand, 1, 20) * 3_600_000
      messages.push({ id: newId(), kind: 'thank-you', to: p.id, at })
      actions[actionId(id, 'thank-you.same-day', p.id)] = { status: 'done', at }
    }
    if (rand() < 0.3) {
      const at = createdAt + 2 * DAY
      actions[actionId(id, 'linkedin.after-thank-you', p.id)] = { status: 'skipped', at }
    }
  }
  if (rand() < 0.2) {
    const at = createdAt + DAY
    actions[actionId(id, 'chase.no-date', 'employer')] = {
      status: 'snoozed',
      at,
      until: at + 3 * DAY,
    }
  }

  const history: StageChange[] = [{ from: null, to: 'interviewed', at: createdAt }]
  if (stage !== 'interviewed') history.push({ from: 'interviewed', to: stage, at: createdAt + DAY })
  const hasAgency = rand() < 0.4
  const agencyName = pick(rand, W.AGENCIES)
  const consultant = `${pick(rand, W.FIRST_NAMES)} ${pick(rand, W.LAST_NAMES)}`
  const payMin = between(rand, 28, 70) * 1000_00

  return {
    id,
    company,
    role,
    senior: role.startsWith('Senior') || role.startsWith('Head'),
    stage,
    // A quarter are closed: a long search keeps its history.
    closed:
      rand() < 0.25 ? pick(rand, ['accepted', 'declined', 'withdrawn', 'archived'] as const) : null,
    advert: {
      text: advertText(rand, company, role, options.advertBytes ?? 2048),
      terms: {
        pay: payRate(payMin, payMin + 8000_00, 'GBP', 'year'),
        hoursPerWeek: pick(rand, [35, 37.5, 40]),
        holidayDays: pick(rand, [22, 25, 28]),
        benefits: ['pension', 'private medical'].slice(0, between(rand, 0, 2)),
        car: rand() < 0.1 ? { kind: 'car' } : { kind: 'none' },
        location: pick(rand, W.PLACES),
        arrangement: pick(rand, ['on-site', 'hybrid', 'remote'] as const),
      },
    },
    rounds,
    agency: hasAgency
      ? {
          name: agencyName,
          consultant,
          email: `${consultant.split(' ')[0]!.toLowerCase()}@${agencyName.toLowerCase().replace(/\s+/g, '')}.example`,
          phone: '+44 161 555 0100',
        }
      : null,
    promisedDecisionDate: rand() < 0.6 ? isoDate(createdAt + between(rand, 5, 14) * DAY) : null,
    followUp: { who: everyone[0]!.name, how: hasAgency ? 'agency' : 'email', when: 'next week' },
    reflection: {
      questionsAsked: sentences(rand, W.QUESTIONS, 3),
      difficultQuestions: [
        {
          id: newId(),
          question: pick(rand, W.QUESTIONS),
          improvedAnswer: sentences(rand, W.NOTE_SENTENCES, 2),
        },
      ],
      wentWell: sentences(rand, W.NOTE_SENTENCES, 2),
      answersToClarify: sentences(rand, W.NOTE_SENTENCES, 1),
      pros: sentences(rand, W.NOTE_SENTENCES, 1),
      cons: sentences(rand, W.NOTE_SENTENCES, 1),
      gutFeeling: between(rand, 1, 5),
    },
    notes: sentences(rand, W.NOTE_SENTENCES, between(rand, 3, 6)),
    messages,
    history,
    actions,
    rejection:
      stage === 'rejected'
        ? { on: isoDate(createdAt + 10 * DAY), via: 'email', feedbackGiven: false, feedback: '' }
        : null,
    draftEdits: {},
    refereeIds: [],
    attachments: [],
    tags: [],
    createdAt,
    updatedAt: createdAt + DAY,
  }
}
