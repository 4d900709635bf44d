/** Every draft the app offers, in British English by default, signed with the user's name. */
export * from './format'
export * from './similarity'
export * from './thankYou'
export * from './followUp'
export * from './rejection'
export * from './offer'
export * from './negotiation'
export * from './referee'
