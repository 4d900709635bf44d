import { test, expect } from './support/app'

test('the page may write to the clipboard and is refused every other permission', async ({
  app,
}) => {
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  const answers = await page.evaluate(async () => {
    const state = async (name: string) => {
      try {
        return (await navigator.permissions.query({ name } as unknown as PermissionDescriptor))
          .state
      } catch {
        return 'unsupported'
      }
    }
    let copied = 'copied'
    try {
      await navigator.clipboard.writeText('Afterview')
    } catch (error) {
      copied = String(error)
    }
    let read = 'read'
    try {
      await navigator.clipboard.readText()
    } catch {
      read = 'refused'
    }
    return {
      copied,
      read,
      geolocation: await state('geolocation'),
      notifications: await state('notifications'),
      camera: await state('camera'),
      microphone: await state('microphone'),
      clipboardRead: await state('clipboard-read'),
    }
  })
  expect(answers).toEqual({
    copied: 'copied',
    read: 'refused',
    geolocation: 'denied',
    notifications: 'denied',
    camera: 'denied',
    microphone: 'denied',
    clipboardRead: 'denied',
  })
})
