import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../domain/settings'
import { readRulesForm, regionHint, toRulesForm } from './settingsForm'

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

  it('shows region and time zone by name and saves their codes', () => {
    const shown = toRulesForm(defaultSettings)
    expect(shown.region).toBe('England, United Kingdom')
    expect(shown.timeZone).toBe('London (Europe)')
    const f = { ...shown, region: 'Scotland', timeZone: 'Berlin' }
    const result = readRulesForm(f, defaultSettings)
    expect(result.ok && [result.value.region, result.value.timeZone]).toEqual([
      'GB-SCT',
      'Europe/Berlin',
    ])
  })

  it('refuses a name that is on no list, naming the field, and saves nothing', () => {
    const f = { ...toRulesForm(defaultSettings), region: 'Atlantis', timeZone: 'Gotham' }
    const result = readRulesForm(f, defaultSettings)
    expect(!result.ok && result.errors).toEqual({
      region: expect.stringMatching(/^Region for public holidays:/),
      timeZone: expect.stringMatching(/^Time zone:/),
    })
  })

  it('still reads a smaller region by its code, and a hint that follows the choice', () => {
    const f = { ...toRulesForm(defaultSettings), region: 'de-by-a' }
    const result = readRulesForm(f, defaultSettings)
    expect(result.ok && result.value.region).toBe('DE-BY-A')
    expect(regionHint('Scotland')).toMatch(
      /^GB-SCT: the public holidays of Scotland, United Kingdom/,
    )
    expect(regionHint('Atlantis')).toMatch(/pick it from the list/)
  })
})
