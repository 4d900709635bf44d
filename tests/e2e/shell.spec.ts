import { test, expect } from './support/app'

test('the shell loads with no console errors and shows the About facts from main', async ({
  app,
}) => {
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  await page.getByRole('button', { name: 'Settings' }).click()
  const facts = page.getByTestId('about-facts')
  await expect(facts).toBeVisible()
  // The version comes from main's host port through the bridge, not from the page.
  await expect(page.getByTestId('about-version')).toHaveText('0.1.0')
  await expect(page.getByTestId('about-electron')).toHaveText(
    app.ports ? 'Not running in Electron' : /^\d+\.\d+\.\d+/,
  )
  await app.screenshot('shell-settings')
  expect(app.consoleErrors).toEqual([])
})

test('the bridge refuses an invalid payload with a clear typed error', async ({ app }) => {
  const { page } = app
  const refused = await page.evaluate(async () => {
    try {
      await window.afterview!.call('app/about', { unexpected: '<script>' })
      return null
    } catch (error) {
      const e = error as { name: string; kind: string; message: string }
      return { name: e.name, kind: e.kind, message: e.message }
    }
  })
  expect(refused).toEqual({
    name: 'HostError',
    kind: 'invalid-payload',
    message: expect.stringContaining('Invalid request for app/about'),
  })
  // Main keeps running: the next, valid call goes through.
  const about = await page.evaluate(() => window.afterview!.call('app/about', {}))
  expect(about.appName).toBe('Afterview')
})

test('the bridge refuses a channel outside the contract', async ({ app }) => {
  const kind = await app.page.evaluate(async () => {
    try {
      await window.afterview!.call('fs/read' as 'app/about', {})
      return 'accepted'
    } catch (error) {
      return (error as { kind: string }).kind
    }
  })
  expect(kind).toBe('unknown-channel')
})

test('the page has no Node.js and only the narrow bridge', async ({ app }) => {
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    bridgeKeys: Object.keys(window.afterview ?? {}).sort(),
  }))
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    bridgeKeys: ['call', 'on'],
  })
})

test('the shell follows the dark theme of the OS', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' })
  const background = await app.page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  )
  expect(background).toBe('rgb(21, 23, 28)')
  await app.screenshot('shell-dark')
})

test('Settings… in the app menu opens Settings', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  await app.emit('app/open-settings', {})
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
})
