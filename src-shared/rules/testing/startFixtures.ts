/** Settings and an offer for the start-plan tests. */

/** England, London time, no Monday preference, no break. */
export const PLAN_SETTINGS = {
  region: 'GB-ENG',
  timeZone: 'Europe/London',
  preferMondayStart: false,
  breakDays: 0,
}

/** An offer in writing, unconditional, signed and accepted, with no dates asked for. */
export const READY_OFFER = {
  inWriting: true,
  conditions: [],
  contractSigned: true,
  contractReturnBy: null,
  proposedStart: null,
  decision: 'accepted' as const,
}
