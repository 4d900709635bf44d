/** The copyright line; build/electron-builder.yml carries the same one (packaging.test.ts). */
export const COPYRIGHT = 'Copyright © 2026 the Afterview authors'
