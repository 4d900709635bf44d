import { test, expect } from './support/app'
import { NOW, PANEL, addInterview, fixClock, goTo } from './support/journeys'
import { TEST_PASSPHRASE, unlock } from './support/vault'

// Every lock loads the page afresh; the user still comes back to the screen and the control
// they left, and the fresh page's address names no one.
test('after unlocking, the user is back on the screen they left, with focus where it was', async ({
  app,
}) => {
  const { page } = app
  await fixClock(page, NOW)
  await addInterview(page, {
    company: 'Société Générale Ingénierie',
    role: 'Responsable UX',
    date: '2026-03-03',
    time: '09:00',
    people: [PANEL[0]!, PANEL[1]!],
  })

  // On the detail view, the keyboard is on Skip of Tom's thank-you when main locks the vault
  // (the menu's Lock, as the tray or the system's sleep would).
  const tomsThanks = page
    .getByTestId('action')
    .filter({ hasText: 'Thank Tom Ellis by email' })
    .getByRole('button', { name: 'Skip' })
  await tomsThanks.focus()
  await app.emit('vault/lock-requested', { reason: 'menu' })
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  expect(decodeURIComponent(page.url())).not.toMatch(/Société|Tom|Priya|Responsable/)
  await unlock(page, TEST_PASSPHRASE)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Société Générale Ingénierie' }),
  ).toBeVisible()
  await expect(tomsThanks).toBeFocused()
  await app.screenshot('lock-place-detail')

  // In Settings, Lock now: after unlocking, the same button has focus again.
  await goTo(page, 'Settings')
  const lockNow = page.getByTestId('lock-now')
  await lockNow.click()
  await expect(page.getByRole('heading', { name: 'Unlock Afterview' })).toBeVisible()
  await unlock(page, TEST_PASSPHRASE)
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(lockNow).toBeFocused()
  expect(app.consoleErrors).toEqual([])
})
