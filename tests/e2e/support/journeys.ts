/** Steps the board's end-to-end specs share: adding an interview through the form, by label. */
import type { Page } from '@playwright/test'

/** One interviewer to type into the form. */
export interface PersonInput {
  name: string
  title: string
  email: string
  discussed: string
}

/** Fills and saves the new interview form; leaves the page on the saved record. */
export async function addInterview(
  page: Page,
  input: {
    company: string
    role: string
    date: string
    time: string
    people: PersonInput[]
    agency?: string
  },
): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'New interview' })
    .click()
  await page.getByRole('textbox', { name: 'Company', exact: true }).fill(input.company)
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill(input.role)
  await page.locator('#f-rounds-0-date').fill(input.date)
  await page.locator('#f-rounds-0-time').fill(input.time)
  for (const [i, person] of input.people.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add another interviewer' }).click()
    await page.locator(`#f-rounds-0-interviewers-${i}-name`).fill(person.name)
    await page.locator(`#f-rounds-0-interviewers-${i}-title`).fill(person.title)
    await page.locator(`#f-rounds-0-interviewers-${i}-email`).fill(person.email)
    await page.locator(`#f-rounds-0-interviewers-${i}-discussed`).fill(person.discussed)
  }
  if (input.agency) {
    await page.getByLabel('An agency put me forward for this role').check()
    await page.getByRole('textbox', { name: 'Agency', exact: true }).fill(input.agency)
  }
  await page.getByRole('button', { name: 'Save interview' }).first().click()
}
