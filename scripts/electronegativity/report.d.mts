/** Types of report.mjs, for the unit test. */
export interface Finding {
  id: string
  severity: string
  confidence: string
  file: string
  line: number
  column: number
  sample: string
  description: string
}
export interface Waiver {
  check: string
  file: string
  reason: string
}
export interface Assessment {
  total: number
  counts: Record<string, number>
  failing: Finding[]
  waived: { finding: Finding; waiver: Waiver }[]
  unused: Waiver[]
}
export declare const FAILING_SEVERITIES: string[]
export declare const SEVERITIES: string[]
export declare const MIN_REASON_LENGTH: number
export declare function validateWaivers(data: unknown): { waivers: Waiver[]; problems: string[] }
export declare function assess(findings: Finding[], waivers: Waiver[]): Assessment
export declare function summaryLine(result: Assessment): string
