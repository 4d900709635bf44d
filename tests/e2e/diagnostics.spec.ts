import { test, expect } from './support/app'
import { TEST_PASSPHRASE, unlock } from './support/vault'

test('Copy diagnostics puts versions, startup marks and main’s errors on the clipboard, without personal data', async ({
  app,
}) => {
  test.skip(!app.ports, 'main’s log is reached through the test ports')
  const { page } = app
  app.ports!.ports.log.error('ipc attachments/read', new Error('could not read Acme offer.pdf'))
  // Keep what the page copies, and copy it for real too.
  await page.evaluate(() => {
    const clipboard = navigator.clipboard
    const write = clipboard.writeText.bind(clipboard)
    ;(window as unknown as { copied: string[] }).copied = []
    clipboard.writeText = async (text: string) => {
      ;(window as unknown as { copied: string[] }).copied.push(text)
      await write(text)
    }
  })
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByTestId('copy-diagnostics').click()
  await expect(page.getByText('Copied.', { exact: true })).toBeVisible()
  const [text] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied)
  expect(text).toMatch(/^Afterview 0\.1\.0\n/)
  expect(text).toMatch(/ {2}didRenderBoard \d+\n/)
  expect(text).toMatch(/error \[ipc attachments\/read\] Error/)
  expect(text).not.toContain('Acme')
})

test('after the page’s process ended, the lock screen says why the app reopened', async ({
  app,
}) => {
  const { page } = app
  // What main loads after render-process-gone (src-main/electron/crash.ts).
  const url = new URL(page.url())
  url.searchParams.set('notice', 'renderer-gone')
  await page.goto(url.toString())
  await expect(page.getByTestId('launch-notice')).toHaveText(
    /window stopped unexpectedly and was opened again, locked/,
  )
  await unlock(page, TEST_PASSPHRASE)
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  expect(app.consoleErrors).toEqual([])
})
