import { describe, expect, it } from 'vitest'
import { RULES, RULE_IDS, explainRule } from './ruleIds'
import { planFollowUps } from './planFollowUps'
import { at, context, offer, opportunity, round } from './testing/fixtures'

describe('rule ids', () => {
  it('explains every rule in one plain sentence', () => {
    expect(RULE_IDS.length).toBe(Object.keys(RULES).length)
    for (const id of RULE_IDS) {
      const text = explainRule(id)
      expect(id).toMatch(/^[a-z-]+\.[a-z-]+$/)
      expect(text).toMatch(/^[A-Z].*[.]$/)
      expect(text.slice(0, -1)).not.toMatch(/[.!?] [A-Z]/) // one sentence
      expect(text.length).toBeLessThan(160)
    }
  })

  it('gives every planned action a rule the table explains', () => {
    const opp = opportunity({
      rounds: [round({ mode: 'in-person', isFinal: true })],
      agency: { name: 'Hays', consultant: 'Priya', email: '', phone: '' },
    })
    opp.reflection.answersToClarify = 'more on SQL'
    const plan = [
      ...planFollowUps(opp, context(), at('2026-03-03T12:00:00Z')),
      ...planFollowUps(
        { ...opp, stage: 'offer' },
        context({ offer: offer() }),
        at('2026-03-20T12:00:00Z'),
      ),
    ]
    for (const a of plan) {
      expect(RULE_IDS).toContain(a.rule)
      for (const r of a.alsoRules) expect(RULE_IDS).toContain(r)
    }
  })
})
