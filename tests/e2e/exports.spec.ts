import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildThankYouCards, docxToBase64 } from '@shared/export'
import { test, expect } from './support/app'
import { readDocx } from '../support/readDocx'
import { sampleCards } from '../support/exportSamples'

test('thank-you cards cross the bridge and land in the file the user chose', async ({ app }) => {
  const base64 = await docxToBase64(buildThankYouCards(sampleCards))
  const path = join(app.ports!.documentsDir, 'Thank-you cards - Northwind Logistics.docx')
  app.ports!.dialog.saves.push(path)
  const saved = await app.page.evaluate(
    (bytes) =>
      window.afterview!.call('export/save-docx', {
        suggestedName: 'Thank-you cards - Northwind Logistics',
        base64: bytes,
      }),
    base64,
  )
  expect(saved).toMatchObject({ fileName: 'Thank-you cards - Northwind Logistics.docx' })
  const text = readDocx(new Uint8Array(await readFile(path))).paragraphs.join('\n')
  expect(text).toContain('Dear Priya,')
  expect(text).toContain('Dear Tom,')
  expect(app.consoleErrors).toEqual([])
})

test('a cancelled save dialog comes back as a typed cancellation', async ({ app }) => {
  const base64 = await docxToBase64(buildThankYouCards(sampleCards))
  const kind = await app.page.evaluate(async (bytes) => {
    try {
      await window.afterview!.call('export/save-docx', { suggestedName: 'Cards', base64: bytes })
      return 'saved'
    } catch (error) {
      return (error as { kind: string }).kind
    }
  }, base64)
  expect(kind).toBe('cancelled')
})
