// Modules made at build time by build/vite/holidayData.mts (see there).
// date-holidays-parser's own types are in tsconfig's include: its package.json exports hide them.

declare module 'virtual:holiday-regions' {
  /** Country code -> English name, its states, and their smaller regions. */
  const regions: Record<
    string,
    { name: string; states: Record<string, { name: string; regions: Record<string, string> }> }
  >
  export default regions
}

declare module 'virtual:holiday-data' {
  /** One loader per country code: that country's rules in date-holidays' data format. */
  export const countries: Record<string, () => Promise<{ default: object }>>
}
