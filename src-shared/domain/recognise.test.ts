import { describe, expect, it } from 'vitest'
import { groupPeople } from './directory'
import { recognise, type TypedPerson } from './recognise'
import { countingIds, interviewedBy } from './testData'
import type { Interviewer, Opportunity } from './opportunity'

const next = countingIds('r')
const blank: TypedPerson = { name: '', email: '', phone: '', linkedIn: '' }

function at(company: string, id: string, people: Partial<Interviewer>[]): Opportunity {
  return interviewedBy(company, people, next, { id })
}

const lumiere = at('Lumière Analytics', 'lumiere', [
  {
    name: 'Renée Côté',
    email: 'renee@lumiere.example',
    phone: '+33 1 23 45 67 89',
    linkedIn: 'linkedin.com/in/reneecote',
  },
])
const people = groupPeople([lumiere, at('Globex', 'globex', [{ name: 'Sam Patel' }])], [])

describe('recognising a person met before', () => {
  it('offers the person whose name matches without accents, and fills only the blanks', () => {
    const found = recognise(people, { ...blank, name: 'renee cote', phone: '07700 900123' }, 'new')
    expect(found?.person.name).toBe('Renée Côté')
    expect(found?.person.appearances[0]?.company).toBe('Lumière Analytics')
    expect(found?.fill).toEqual({
      name: 'Renée Côté',
      email: 'renee@lumiere.example',
      linkedIn: 'linkedin.com/in/reneecote',
    })
    // Typed with its accents already, the name is left as it is.
    expect(recognise(people, { ...blank, name: 'Renée Côté' }, 'new')?.fill).not.toHaveProperty(
      'name',
    )
  })

  it('offers the person whose email matches, whatever name was typed', () => {
    const found = recognise(people, { ...blank, email: ' RENEE@lumiere.example' }, 'new')
    expect(found?.fill).toMatchObject({ name: 'Renée Côté', phone: '+33 1 23 45 67 89' })
  })

  it('offers nothing for part of a name, a stranger, or a row that already says it all', () => {
    expect(recognise(people, { ...blank, name: 'Renée' }, 'new')).toBeNull()
    expect(recognise(people, { ...blank, name: 'Jo Bloggs' }, 'new')).toBeNull()
    const complete = {
      name: 'Renée Côté',
      email: 'renee@lumiere.example',
      phone: '+33 1 23 45 67 89',
      linkedIn: 'x',
    }
    expect(recognise(people, complete, 'new')).toBeNull()
  })

  it('does not offer a person back to the application they come from', () => {
    expect(recognise(people, { ...blank, name: 'Renée Côté' }, 'lumiere')).toBeNull()
  })

  it('offers nothing when two different people share the name', () => {
    const twoSams = groupPeople(
      [
        at('Globex', 'g', [{ name: 'Sam Patel', email: 'sam@globex.example' }]),
        at('Initech', 'i', [{ name: 'Sam Patel', email: 'sam@initech.example' }]),
      ],
      [],
    )
    expect(twoSams).toHaveLength(2)
    expect(recognise(twoSams, { ...blank, name: 'sam patel' }, 'new')).toBeNull()
    expect(
      recognise(twoSams, { ...blank, email: 'sam@initech.example' }, 'new')?.person.company,
    ).toBe('Initech')
  })
})
