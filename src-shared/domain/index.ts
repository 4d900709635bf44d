/** The domain model shared by main, the renderer and the rules. */
export * from './time'
export * from './money'
export * from './opportunity'
export * from './offer'
export * from './people'
export * from './settings'
export * from './locale'
export * from './attachment'
