/** Steps the board's end-to-end specs share: a fixed clock, and adding an interview by label. */
import type { Page } from '@playwright/test'
import { openVault } from './vault'

/** 11:00 in London on Tuesday 3 March 2026: a morning interview's thank-you is due today. */
export const NOW = new Date('2026-03-03T11:00:00Z')

/** Fixes the page's clock at `at` (timers keep running), reloads onto it and unlocks again. */
export async function fixClock(page: Page, at: Date = NOW): Promise<void> {
  await page.clock.setFixedTime(at)
  await page.reload()
  // A reload starts on the lock screen, like any start of the app.
  await openVault(page)
}

/** One interviewer to type into the form. */
export interface PersonInput {
  name: string
  title: string
  email: string
  discussed: string
}

/** Goes to a section of the sidebar. */
export async function goTo(page: Page, section: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: section, exact: true })
    .click()
}

/** Fills and saves the new interview form; leaves the page on the saved record. */
export async function addInterview(
  page: Page,
  input: {
    company: string
    role: string
    /** As the user types it in the formats of the spec: "3/3/2026" in British ones. */
    date: string
    time: string
    people: PersonInput[]
    agency?: string
  },
): Promise<void> {
  await goTo(page, 'New interview')
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
  await page.getByRole('heading', { level: 1, name: input.company }).waitFor()
}

/** Priya and Tom, who interviewed the user at Acme. */
export const PANEL: PersonInput[] = [
  {
    name: 'Priya Shah',
    title: 'Head of Design',
    email: 'priya@acme.example',
    discussed: 'the new design system',
  },
  {
    name: 'Tom Ellis',
    title: 'Engineering lead',
    email: 'tom@acme.example',
    discussed: 'handing designs over to developers',
  },
]

/** The morning interview at Acme with Priya and Tom, as most specs start. */
export const ACME_MORNING = {
  company: 'Acme Ltd',
  role: 'Product designer',
  date: '3/3/2026',
  time: '09:30',
  people: PANEL,
}

/** Acme's morning interview with Priya and Tom on the day of NOW: both thank-yous are due. */
export const ACME_THIS_MORNING = {
  company: 'Acme Ltd',
  role: 'Product designer',
  date: '3/3/2026',
  time: '09:30',
  people: PANEL,
}

/** Moves `company`'s card on the board to Offer and records the offer as arriving on `on`. */
export async function recordOffer(page: Page, company: string, on: string): Promise<void> {
  await goTo(page, 'Board')
  await page
    .getByRole('button', { name: new RegExp(`^${company}`) })
    .first()
    .focus()
  await page.keyboard.press('m')
  await page.getByRole('menuitem', { name: /Offer/ }).click()
  const dialog = page.getByRole('dialog', { name: `An offer from ${company}` })
  await dialog.getByLabel('The offer arrived on').fill(on)
  await dialog.getByRole('button', { name: 'Record the offer' }).click()
}

/**
 * Acme's afternoon interview on Monday 2 March, then an offer recorded on the 3rd and its form
 * filled in part: £52,000, no advert, in writing. The form stays open for the spec's own terms.
 */
export async function acmeOfferInWriting(page: Page): Promise<void> {
  await addInterview(page, {
    company: 'Acme Ltd',
    role: 'Product designer',
    date: '2/3/2026',
    time: '14:00',
    people: PANEL,
  })
  await recordOffer(page, 'Acme Ltd', '3 Mar 2026')
  await page.locator('#offer-payMin').fill('52,000')
  await page.getByLabel('I have the advert').uncheck()
  await page.getByLabel('The offer is in writing').check()
}

/** Three interviewers at Lumière Analytics: accents, long names, a dot below. */
export const LUMIERE_PANEL: PersonInput[] = [
  {
    name: 'Aurélie Dubois-Fernández',
    title: 'Directrice des données',
    email: 'aurelie@lumiere.example',
    discussed: 'moving their reporting to the cloud',
  },
  {
    name: 'Søren Østergaard',
    title: 'Analytics lead',
    email: 'soren@lumiere.example',
    discussed: 'how new analysts are mentored',
  },
  {
    name: 'Nkechi Adébáyọ̀',
    title: 'People partner',
    email: 'nkechi@lumiere.example',
    discussed: 'the four-day week pilot',
  },
]
