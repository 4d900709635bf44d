import { test, expect } from './support/app'
import { addInterview } from './support/journeys'

test('first run teaches the flow and the form explains what to fix', async ({ app }) => {
  const { page } = app
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Board' })
    .click()
  await expect(page.getByRole('heading', { name: /After the interview/ })).toBeVisible()
  await app.screenshot('first-run')
  await page.getByRole('button', { name: 'Add your first interview' }).click()
  await page.getByRole('button', { name: 'Save interview' }).first().click()
  const summary = page.getByRole('alert').filter({ hasText: 'A few things to fix' })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Add the company’s name.')
  await app.screenshot('form-errors')
  expect(app.consoleErrors).toEqual([])
})

test('add an interview, then find it on the board', async ({ app }) => {
  const { page } = app
  await addInterview(page, {
    company: 'Acme Ltd',
    role: 'Product designer',
    date: '2026-03-03',
    time: '09:30',
    people: [
      {
        name: 'Priya Shah',
        title: 'Head of Design',
        email: 'priya@acme.example',
        discussed: 'the design system',
      },
      {
        name: 'Tom Ellis',
        title: 'Engineering lead',
        email: 'tom@acme.example',
        discussed: 'handover',
      },
    ],
    agency: 'Hays',
  })
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Board' })
    .click()
  await expect(page.getByTestId('column-interviewed').getByTestId('card')).toHaveCount(1)
  await app.screenshot('board')
  expect(app.consoleErrors).toEqual([])
})
