import { describe, expect, it } from 'vitest'
import { generateOpportunity } from './generate'

const options = { seed: 42, now: Date.UTC(2026, 10, 2, 9) }

describe('bench data generator', () => {
  it('builds the same record for the same seed and index', () => {
    expect(generateOpportunity(7, options)).toEqual(generateOpportunity(7, options))
    expect(generateOpportunity(7, options).id).not.toBe(generateOpportunity(8, options).id)
  })

  it('gives every record 2-3 rounds of 2-4 interviewers and an advert of about 2 KB', () => {
    for (let i = 0; i < 200; i++) {
      const o = generateOpportunity(i, options)
      expect(o.rounds.length).toBeGreaterThanOrEqual(2)
      expect(o.rounds.length).toBeLessThanOrEqual(3)
      for (const round of o.rounds) {
        expect(round.interviewers.length).toBeGreaterThanOrEqual(2)
        expect(round.interviewers.length).toBeLessThanOrEqual(4)
      }
      expect(o.advert!.text.length).toBeGreaterThanOrEqual(2048)
      expect(o.advert!.text.length).toBeLessThan(2400)
      expect(o.notes.length).toBeGreaterThan(100)
    }
  })

  it('spreads records over every column, with some closed and some actions recorded', () => {
    const all = Array.from({ length: 400 }, (_, i) => generateOpportunity(i, options))
    const stages = new Set(all.map((o) => o.stage))
    expect([...stages].sort()).toEqual(['followed-up', 'interviewed', 'offer', 'rejected'])
    const closed = all.filter((o) => o.closed !== null).length
    expect(closed).toBeGreaterThan(50)
    expect(closed).toBeLessThan(150)
    expect(all.filter((o) => Object.keys(o.actions).length > 0).length).toBeGreaterThan(300)
  })

  it('makes records of a realistic encrypted size (4-10 KB of JSON)', () => {
    const sizes = Array.from(
      { length: 100 },
      (_, i) => JSON.stringify(generateOpportunity(i, options)).length,
    )
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length
    expect(mean).toBeGreaterThan(4000)
    expect(mean).toBeLessThan(10_000)
  })
})
