/** How late (or early) an answer came against the promised date, in words, never "-5 days late". */
export function latenessText(daysLate: number): string {
  const days = Math.round(daysLate)
  if (days === 0) return 'on the promised day'
  const n = Math.abs(days)
  return `${n} ${n === 1 ? 'day' : 'days'} ${days > 0 ? 'late' : 'early'}`
}
