import { describe, expect, it } from 'vitest'
import { charCount } from './format'
import { draftSimilarity, findNearDuplicates, NEAR_DUPLICATE_THRESHOLD } from './similarity'
import { linkedInNoteDraft, thankYouCardDraft, thankYouDraft } from './thankYou'

const base = { sender: 'Sam Taylor', company: 'Northwind', role: 'Data Analyst' }
const jane = { name: 'Jane Smith', discussed: 'the migration of their reporting to the cloud' }
const omar = { name: 'Dr Omar Khan', discussed: 'how the analytics team mentors new starters' }

describe('thank-you drafts', () => {
  it('mentions what was discussed with that interviewer and signs with the user’s name', () => {
    const d = thankYouDraft({ ...base, interviewer: jane, when: 'today' })
    expect(d.body).toMatch(/^Dear Jane,/)
    expect(d.body).toContain('the migration of their reporting to the cloud')
    expect(d.body).toContain('meeting me today')
    expect(d.body.endsWith('Kind regards,\nSam Taylor')).toBe(true)
    expect(d.flags).toEqual([])
    expect(d.subject).toBe('Thank you: Data Analyst interview')
  })

  it('greets with the full name after a title', () => {
    expect(thankYouDraft({ ...base, interviewer: omar, when: 'yesterday' }).body).toMatch(
      /^Dear Dr Omar Khan,/,
    )
  })

  it('asks the user for a personal detail when nothing was noted', () => {
    const d = thankYouDraft({
      ...base,
      interviewer: { name: 'Lee Park', discussed: ' ' },
      when: 'today',
    })
    expect(d.flags).toContain('needs-personal-detail')
    expect(d.body).toContain('[Add something you talked about with Lee]')
  })

  it('adds a short clarification when there is an answer to clarify', () => {
    const d = thankYouDraft({
      ...base,
      interviewer: jane,
      when: 'today',
      clarification: 'I have led two SQL migrations.',
    })
    expect(d.flags).toContain('includes-clarification')
    expect(d.body).toContain('add to one of my answers: I have led two SQL migrations.')
  })

  it('varies the wording between interviewers so a panel’s drafts do not read alike', () => {
    const a = thankYouDraft({ ...base, interviewer: jane, when: 'today', variant: 0 })
    const b = thankYouDraft({ ...base, interviewer: omar, when: 'today', variant: 1 })
    expect(draftSimilarity(a.body, b.body)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD)
  })

  it('writes a card for an in-person interview', () => {
    const d = thankYouCardDraft({ ...base, interviewer: jane })
    expect(d.body).toContain('the migration of their reporting')
    expect(d.body).toContain('With best wishes,\nSam Taylor')
  })
})

describe('the words the user typed', () => {
  const kube = { name: 'Siobhán Ní Dhuibhir', discussed: 'Kubernetes migration at Dúlra' }
  const python = { name: 'Tomás Ó Súilleabháin', discussed: 'Python tooling. ' }

  it('keep their case inside the sentences of emails, cards and LinkedIn notes', () => {
    const texts = [
      thankYouDraft({ ...base, interviewer: kube, when: 'today' }).body,
      thankYouCardDraft({ ...base, interviewer: kube }).body,
      linkedInNoteDraft({ ...base, interviewer: kube }).body,
      thankYouDraft({ ...base, interviewer: kube, when: 'today', clarification: 'SQL Server' })
        .body,
    ]
    for (const text of texts) expect(text).toContain('Kubernetes migration at Dúlra')
    expect(thankYouCardDraft({ ...base, interviewer: python }).body).toContain(
      'talking about Python tooling.',
    )
    expect(texts[3]).toContain('my answers: SQL Server.')
  })

  it('keep the case of the first word too, which may be a name the app cannot tell apart', () => {
    const hague = { ...jane, discussed: 'The Hague office opening next spring' }
    expect(thankYouCardDraft({ ...base, interviewer: hague }).body).toContain(
      'talking about The Hague office opening next spring',
    )
  })
})

describe('similarity of drafts', () => {
  it('scores identical texts 1 and unrelated texts near 0', () => {
    expect(
      draftSimilarity('thank you for the interview today', 'Thank you for the interview today!'),
    ).toBe(1)
    expect(
      draftSimilarity('thank you for the interview today', 'the weather in Leeds was grey'),
    ).toBe(0)
  })

  it('flags drafts for one interview that differ only by the name', () => {
    const a = thankYouDraft({
      ...base,
      interviewer: { ...jane, discussed: 'the team' },
      when: 'today',
    })
    const b = thankYouDraft({
      ...base,
      interviewer: { ...omar, discussed: 'the team' },
      when: 'today',
    })
    const c = thankYouDraft({ ...base, interviewer: jane, when: 'today', variant: 2 })
    const pairs = findNearDuplicates([
      { id: 'a', text: a.body },
      { id: 'b', text: b.body },
      { id: 'c', text: c.body },
    ])
    expect(pairs).toHaveLength(1)
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b' })
    expect(pairs[0]!.score).toBeGreaterThan(0.8)
  })
})

describe('LinkedIn note', () => {
  it('fits the default 300 characters with the topic', () => {
    const d = linkedInNoteDraft({ ...base, interviewer: jane })
    expect(charCount(d.body)).toBeLessThanOrEqual(300)
    expect(d.body).toContain('the migration of their reporting')
    expect(d.body).toMatch(/^Hi Jane,/)
    expect(d.flags).toEqual([])
  })

  it('drops parts to fit a shorter limit and says so', () => {
    const d = linkedInNoteDraft({ ...base, interviewer: jane, limit: 150 })
    expect(charCount(d.body)).toBeLessThanOrEqual(150)
    expect(d.flags).toEqual(['shortened'])
    const tiny = linkedInNoteDraft({ ...base, interviewer: jane, limit: 40 })
    expect(charCount(tiny.body)).toBeLessThanOrEqual(40)
    expect(tiny.body.endsWith('…')).toBe(true)
  })

  it('never exceeds its limit, whatever the names and notes', async () => {
    const fc = (await import('fast-check')).default
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ maxLength: 400 }),
        fc.string(),
        fc.integer({ min: 20, max: 500 }),
        (name, discussed, company, limit) => {
          const d = linkedInNoteDraft({ ...base, company, interviewer: { name, discussed }, limit })
          expect(charCount(d.body)).toBeLessThanOrEqual(limit)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('words the notes to a panel differently, beyond the names, with and without topics', () => {
    const panel = [
      jane,
      omar,
      { name: 'Zoë Ñúñez-Łukasiewicz', discussed: 'the quarterly planning cycle' },
    ]
    for (const people of [panel, panel.map((p) => ({ ...p, discussed: '' }))]) {
      const notes = people.map(
        (person, variant) => linkedInNoteDraft({ ...base, interviewer: person, variant }).body,
      )
      // With the greeting and the topic blanked out, no two notes are near duplicates.
      const blanked = notes.map((note, i) => {
        const topic = people[i]!.discussed
        const text = note.replace(/^Hi [^,]*,/, 'Hi,')
        return { id: String(i), text: topic ? text.replaceAll(topic, '…') : text }
      })
      expect(findNearDuplicates(blanked)).toEqual([])
      for (const note of notes) expect(charCount(note)).toBeLessThanOrEqual(300)
    }
  })
})
