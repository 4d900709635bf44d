/**
 * How long the vault may stay open without use. Its own file, so the lock screen reads it
 * without loading the record schemas.
 */
/** The longest an auto-lock can wait, in minutes; the shortest is one. */
export const MAX_AUTO_LOCK_MINUTES = 120
