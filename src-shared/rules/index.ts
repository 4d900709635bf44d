/**
 * The rules engine: the advice Afterview encodes, as pure functions of plain data and the current
 * instant. Nothing here reads the clock, does I/O or keeps state beyond caches of public holidays.
 */
export { planFollowUps } from './planFollowUps'
export type { PlanContext } from './planEnv'
export { planKeepLooking, isActive } from './keepLooking'
export { actionId, statusOf } from './actions'
export type { ActionKind, ActionStatus, Channel, PlannedAction, Recipient } from './actions'
export { RULES, RULE_IDS, explainRule } from './ruleIds'
export type { RuleId } from './ruleIds'
export { checkOffer, offerBlockers, targetFromNotes } from './offerCheck'
export type * from './offerTypes'
export { planStart } from './startPlan'
export type {
  PlanStep,
  ResignationBlocker,
  StartConflict,
  StartPlan,
  StartPlanInput,
} from './startPlan'
export { noticeEnd, statutoryNotice } from './notice'
export type { NoticePeriod, StatutoryNotice } from './notice'
export { annualise, annualBand, convertPay, periodsPerYear } from './pay'
export type { PayBasis } from './pay'
export { businessCalendar, isUkRegion, isUsRegion } from './calendar'
export { loadHolidays } from './holidayData'
export type { BusinessCalendar, PublicHoliday } from './calendar'
export { addDays, addMonthsClamped, daysBetween, weekday } from './dates'
export { RuleInputError } from './errors'
export type { RuleInputErrorKind } from './errors'
export * from './drafts'
