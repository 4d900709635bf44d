/** Word exports: pure builders that take plain data and return a docx Document. */
export * from '../presenters/format'
export { docxToBase64, paperFor } from './document'
export * from './thankYouCard'
export * from './card'
export * from './negotiationNotes'
export * from './startPlan'
export * from './searchRecord'
