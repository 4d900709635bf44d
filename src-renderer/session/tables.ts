/**
 * The vault's record tables and how each row is checked when read. The checks here are the
 * readers the app had (pipeline, edited drafts, attachment references, plan records); the other
 * tables only require an object until each gets its schema, which plugs in as its validator.
 */
import type { Opportunity } from '@shared/domain/opportunity'
import type { Profile, Referee } from '@shared/domain/people'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import type { OfferEntry } from '@shared/offer/entry'
import { readDraftEdits, readPipeline, type PipelineRecord } from '@shared/board/records'
import { readPlanRecord, type PlanRecord } from '@shared/plan/record'
import { readAttachmentRef, readAttachmentRefs } from '@shared/vault/attachmentRef'
import { fromReader, type RowValidator } from './repository'
import { TABLES } from './tableNames'

export { SINGLE_ROW, TABLES } from './tableNames'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A reader that accepts any object as `T`: for tables whose schema is still to come. */
function anObject<T>(): RowValidator<T> {
  return (value) => (isRecord(value) ? { ok: true, value: value as T } : { ok: false })
}

/** An opportunity, with its attachments and edited drafts checked; older records get empty ones. */
const opportunity: RowValidator<Opportunity> = (value) => {
  if (!isRecord(value) || typeof value['id'] !== 'string') return { ok: false }
  return {
    ok: true,
    value: {
      ...(value as unknown as Opportunity),
      attachments: readAttachmentRefs(value['attachments']),
      draftEdits: readDraftEdits(value['draftEdits']),
    },
  }
}

/** An offer, with its letter checked (a malformed reference reads as no letter). */
const offerEntry: RowValidator<OfferEntry> = (value) => {
  if (!isRecord(value) || !isRecord(value['offer'])) return { ok: false }
  const entry = value as unknown as OfferEntry
  return {
    ok: true,
    value: { ...entry, offer: { ...entry.offer, letter: readAttachmentRef(entry.offer.letter) } },
  }
}

/** The settings; settings added in later versions get their default rather than undefined. */
const settings: RowValidator<Settings> = (value) =>
  isRecord(value) ? { ok: true, value: { ...defaultSettings, ...value } } : { ok: false }

/** The profile; fields added later get their empty value. */
const profile: RowValidator<Profile> = (value) =>
  isRecord(value)
    ? { ok: true, value: { name: '', email: '', phone: '', currentJob: null, ...value } }
    : { ok: false }

/** Which action each reminder's opaque id stands for (notify/reminderIds.ts checks each entry). */
const reminderIds: RowValidator<Record<string, string>> = anObject()

/** The validator of every table. */
export const VALIDATORS = {
  opportunities: opportunity,
  referees: anObject<Referee>(),
  settings,
  pipeline: fromReader<PipelineRecord>(readPipeline),
  reminderIds,
  offers: offerEntry,
  profile,
  plans: fromReader<PlanRecord>(readPlanRecord),
} satisfies { [K in keyof typeof TABLES]: RowValidator<unknown> }
