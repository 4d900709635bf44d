/**
 * What a CSV import can read into an application, and the columns it recognises on its own:
 * those of Huntr's and Teal's exports, this app's own CSV export, and the usual words of a
 * home-made sheet. The user sees each guess in the mapping step and can change any of them.
 *
 * A tracker's stages ("Wishlist", "Applied", "Ghosted") are not this app's columns: each one the
 * file uses is mapped to a column or a way of closing, with a default the user can change.
 */
import type { Closure, Stage } from '../domain/opportunity'
import { CLOSURE_LABELS, STAGE_LABELS } from '../domain/stages'

/** The fields a column can be read into. */
export const IMPORT_FIELDS = [
  'company',
  'role',
  'stage',
  'outcome',
  'added',
  'interviewed',
  'decisionBy',
  'offerOn',
  'pay',
  'payMax',
  'currency',
  'location',
  'url',
  'advert',
  'contact',
  'contactEmail',
  'agency',
  'notes',
] as const

/** A field a column can be read into. */
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Each field's name in the mapping step, and the headers read as it (compacted, see below). */
export const FIELD_INFO: Record<ImportField, { label: string; headers: readonly string[] }> = {
  company: { label: 'Company', headers: ['company', 'companyname', 'employer', 'organisation'] },
  role: { label: 'Role', headers: ['role', 'jobposition', 'jobtitle', 'title', 'position'] },
  stage: { label: 'Stage or status', headers: ['stage', 'status', 'listname', 'list'] },
  outcome: { label: 'Outcome (closed as)', headers: ['outcome'] },
  added: {
    label: 'Date applied or added',
    headers: [
      'dateapplied',
      'applied',
      'appliedon',
      'added',
      'dateadded',
      'createdat',
      'datesaved',
    ],
  },
  interviewed: {
    label: 'Interview dates',
    headers: ['interviewdates', 'interviewdate', 'interview', 'interviewed', 'interviewedon'],
  },
  decisionBy: { label: 'Decision promised by', headers: ['decisionpromisedby', 'decisionby'] },
  offerOn: { label: 'Offer received on', headers: ['offerreceived', 'offerdate'] },
  pay: {
    label: 'Pay (or lowest pay)',
    headers: ['salary', 'pay', 'minsalary', 'salarymin', 'compensation'],
  },
  payMax: { label: 'Highest pay', headers: ['maxsalary', 'salarymax'] },
  currency: { label: 'Currency', headers: ['currency', 'salarycurrency'] },
  location: { label: 'Location', headers: ['location', 'city', 'town'] },
  url: { label: 'Advert link', headers: ['url', 'link', 'joburl', 'joblink', 'postingurl'] },
  advert: { label: 'Advert text', headers: ['jobdescription', 'description'] },
  contact: { label: 'Contact name', headers: ['contact', 'contactname', 'recruiter'] },
  contactEmail: { label: 'Contact email', headers: ['contactemail'] },
  agency: { label: 'Agency', headers: ['agency'] },
  notes: { label: 'Notes', headers: ['notes', 'note', 'comments'] },
}

/** A header compacted for matching: "Min. Salary" and "min_salary" are both `minsalary`. */
export function compactHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/**
 * The field each column is read into by default, null for a column left out. A field goes to the
 * first column that names it, so Teal's "Date Applied" wins over its "Date Saved".
 */
export function guessColumns(header: readonly string[]): Array<ImportField | null> {
  const compact = header.map(compactHeader)
  const taken = new Map<ImportField, number>()
  for (const field of IMPORT_FIELDS) {
    for (const alias of FIELD_INFO[field].headers) {
      const column = compact.findIndex((h, i) => h === alias && ![...taken.values()].includes(i))
      if (column >= 0) {
        taken.set(field, column)
        break
      }
    }
  }
  const columns: Array<ImportField | null> = header.map(() => null)
  for (const [field, column] of taken) columns[column] = field
  return columns
}

/** Where rows with one stage of the file go: a column, a way of closing, or left out. */
export type StageChoice = Stage | Closure | 'skip'

/** The choices for a stage of the file, in the order the mapping step lists them. */
export const STAGE_CHOICES: ReadonlyArray<{ value: StageChoice; label: string }> = [
  ...(Object.keys(STAGE_LABELS) as Stage[]).map((s) => ({
    value: s,
    label: `Column: ${STAGE_LABELS[s]}`,
  })),
  ...(Object.keys(CLOSURE_LABELS) as Closure[]).map((c) => ({
    value: c,
    label: `Closed: ${CLOSURE_LABELS[c].toLowerCase()}`,
  })),
  { value: 'skip', label: 'Leave these rows out' },
]

/** How the mapping step names a choice: "Column: Offer", "Closed: went quiet". */
export function stageChoiceLabel(choice: StageChoice): string {
  return STAGE_CHOICES.find((c) => c.value === choice)?.label ?? choice
}

/** Words of other trackers' stages, compacted, and where they go unless the user says. */
const STAGE_WORDS: Array<[RegExp, StageChoice]> = [
  [/^(wishlist|bookmarked|saved|interested|applying|toapply|archived)$/, 'archived'],
  [/^(applied|interview\w*|phonescreen|screening|onsite)$/, 'interviewed'],
  [/^(followedup|followup)$/, 'followed-up'],
  [/^(offer\w*|negotiat\w*)$/, 'offer'],
  [/^(rejected|notselected|declinedbyemployer|unsuccessful)$/, 'rejected'],
  [/^(accepted|hired)$/, 'accepted'],
  [/^(declined|iturneditdown)$/, 'declined'],
  [/^(withdrawn|iwithdrew|withdrew)$/, 'withdrawn'],
  [/^(ghosted|noresponse\w*|wentquiet|noreply)$/, 'ghosted'],
]

/** Where rows of the file's stage `value` go unless the user chooses otherwise. */
export function defaultStageChoice(value: string): StageChoice {
  const word = compactHeader(value)
  for (const [pattern, choice] of STAGE_WORDS) if (pattern.test(word)) return choice
  return 'interviewed'
}

/** The board column and closing state of a choice (a closed application keeps a column too). */
export function placeOf(choice: Exclude<StageChoice, 'skip'>): {
  stage: Stage
  closed: Closure | null
} {
  if (choice in STAGE_LABELS) return { stage: choice as Stage, closed: null }
  const closed = choice as Closure
  return { stage: closed === 'accepted' || closed === 'declined' ? 'offer' : 'interviewed', closed }
}
