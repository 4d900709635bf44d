import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../domain/settings'
import { readRulesForm, toRulesForm } from './settingsForm'

describe('the rules settings form', () => {
  it('round-trips the defaults unchanged', () => {
    expect(readRulesForm(toRulesForm(defaultSettings), defaultSettings)).toEqual({
      ok: true,
      value: defaultSettings,
    })
  })

  it('explains each bad value and names the field', () => {
    const f = {
      ...toRulesForm(defaultSettings),
      region: 'Narnia',
      timeZone: 'Mars/Olympus',
      linkedInMin: '3',
      linkedInMax: '2',
      reapproachMonths: '24',
    }
    const result = readRulesForm(f, defaultSettings)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual([
      'linkedInMax',
      'reapproachMonths',
      'region',
      'timeZone',
    ])
  })

  it('accepts another region and upper-cases it', () => {
    const f = { ...toRulesForm(defaultSettings), region: 'gb-sct', followUpGraceDays: '10' }
    const result = readRulesForm(f, defaultSettings)
    expect(result.ok && result.value.region).toBe('GB-SCT')
    expect(result.ok && result.value.followUpGraceDays).toBe(10)
  })
})
