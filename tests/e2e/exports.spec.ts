/**
 * Word exports from the app's screens, read back as a reader would: a thank-you card per
 * interviewer from the detail view's drafts, each in its own file named after them.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildThankYouCard, docxToBase64 } from '@shared/export'
import { test, expect } from './support/app'
import { readDocx } from '../support/readDocx'
import { sampleCard } from '../support/exportSamples'
import { addInterview, fixClock, goTo, type PersonInput } from './support/journeys'

const PANEL: PersonInput[] = [
  {
    name: 'Siobhán Ní Dhuibhir',
    title: 'Head of Analytics',
    email: 'siobhan@northwind.example',
    discussed: 'the Kubernetes migration and the Python tooling behind it',
  },
  {
    name: 'Tomás Ó Súilleabháin',
    title: 'Operations Director',
    email: 'tomas@northwind.example',
    discussed: '',
  },
  {
    name: 'Priya Raghunathan',
    title: 'Engineering Manager',
    email: 'priya@northwind.example',
    discussed: 'Dublin’s night-shift rota',
  },
]
const NORTHWIND = {
  company: 'Northwind Logistics',
  role: 'Senior Data Analyst, Forecasting and Network Planning',
  date: '3/3/2026',
  time: '09:30',
  people: PANEL,
}

for (const scheme of ['light', 'dark'] as const) {
  test(`saves one Word card per interviewer from the drafts, in the ${scheme} theme`, async ({
    app,
  }) => {
    const { page } = app
    await page.emulateMedia({ colorScheme: scheme })
    await fixClock(page)
    await goTo(page, 'Start plan')
    await page.getByLabel('Your name').fill('Zoë Ó Briain')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('Saved to your profile.')).toBeVisible()
    await addInterview(page, NORTHWIND)

    const card = (name: string) =>
      page.getByRole('article', { name: `Send ${name} a thank-you card` })
    const save = (name: string) =>
      card(name).getByRole('button', { name: `Save as Word card: Send ${name} a thank-you card` })

    // Nothing was noted with Tomás: his draft keeps its gap, and the card is refused.
    await save('Tomás Ó Súilleabháin').click()
    await expect(card('Tomás Ó Súilleabháin').getByRole('status')).toHaveText(
      'Fill in the part in square brackets with your own words first.',
    )
    expect(app.ports!.dialog.asked).toEqual([])

    const files: string[] = []
    for (const person of [PANEL[0]!, PANEL[2]!]) {
      const path = join(app.ports!.documentsDir, `Thank-you card for ${person.name}.docx`)
      app.ports!.dialog.saves.push(path)
      files.push(path)
      await save(person.name).click()
      await expect(card(person.name).getByRole('status')).toContainText(
        'Saved as Thank-you card for',
      )
    }
    // Each file is offered under the interviewer's own name.
    expect(app.ports!.dialog.asked.map((a) => a.defaultPath?.split(/[\\/]/).pop())).toEqual([
      'Thank-you card for Siobhán Ní Dhuibhir - Northwind Logistics.docx',
      'Thank-you card for Priya Raghunathan - Northwind Logistics.docx',
    ])
    await card('Siobhán Ní Dhuibhir').scrollIntoViewIfNeeded()
    await app.screenshot(`${scheme}-detail-card-saved`)

    const [siobhan, priya] = await Promise.all(
      files.map(async (f) => readDocx(new Uint8Array(await readFile(f))).paragraphs.join('\n')),
    )
    expect(siobhan).toContain('Dear Siobhán,')
    expect(siobhan).toContain('the Kubernetes migration and the Python tooling behind it')
    expect(siobhan).toContain('Zoë Ó Briain')
    expect(siobhan).not.toContain('Priya')
    expect(priya).toContain('Dear Priya,')
    expect(priya).toContain('Dublin’s night-shift rota')
    expect(priya).not.toContain('Siobhán')
    expect(app.consoleErrors).toEqual([])
  })
}

test('a draft too long for a mail link is copied instead of opened', async ({ app }) => {
  const { page } = app
  await fixClock(page)
  await addInterview(page, NORTHWIND)
  const title = 'Thank Priya Raghunathan by email'
  const draft = page.getByRole('article', { name: title })
  const long = `Dear Priya,\n\n${'Thank you for explaining how the Dublin depot plans its night shifts. '.repeat(30)}\n\nKind regards,\nZoë`
  await draft.getByRole('textbox').fill(long)
  await draft.getByRole('textbox').blur()
  await draft.getByRole('button', { name: `Open in mail app: ${title}` }).click()
  await expect(draft.getByRole('status')).toContainText(
    'too long to open in your mail app without being cut off. It has been copied',
  )
  expect(app.ports!.opened).toEqual([])
  await draft.scrollIntoViewIfNeeded()
  await app.screenshot('detail-mail-too-long')
})

test('a cancelled save dialog comes back as a typed cancellation', async ({ app }) => {
  const base64 = await docxToBase64(buildThankYouCard(sampleCard))
  const kind = await app.page.evaluate(async (bytes) => {
    try {
      await window.afterview!.call('export/save-docx', { suggestedName: 'Card', base64: bytes })
      return 'saved'
    } catch (error) {
      return (error as { kind: string }).kind
    }
  }, base64)
  expect(kind).toBe('cancelled')
})
