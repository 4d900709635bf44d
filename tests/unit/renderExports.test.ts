/**
 * Renders the three sample exports through LibreOffice to PDF and PNG pages, for looking at the
 * design and for the page images in docs/exports. Slow (LibreOffice starts each time), so it runs
 * only with RENDER_EXPORTS=1: `npm run render:exports`.
 */
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { buildNegotiationNotes, buildStartPlan, buildThankYouCard } from '@shared/export'
import { sampleCard, sampleNotes, samplePlan } from '../support/exportSamples'

const documents = {
  'thank-you-card': buildThankYouCard(sampleCard),
  'negotiation-notes': buildNegotiationNotes(sampleNotes),
  'start-plan': buildStartPlan(samplePlan),
}

describe.runIf(process.env['RENDER_EXPORTS'] === '1')('rendered exports', () => {
  it('converts each export to PDF and keeps the first page as a PNG in docs/exports', async () => {
    const work = await mkdtemp(join(tmpdir(), 'afterview-render-'))
    const out = resolve(import.meta.dirname, '../../docs/exports')
    await mkdir(out, { recursive: true })
    for (const [name, document] of Object.entries(documents)) {
      const docx = join(work, `${name}.docx`)
      await writeFile(docx, await Packer.toBuffer(document))
      execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
        stdio: 'ignore',
        env: { ...process.env, HOME: work },
      })
      execFileSync('pdftoppm', ['-png', '-r', '60', join(work, `${name}.pdf`), join(work, name)])
      const pages = (await readdir(work)).filter(
        (f) => f.startsWith(`${name}-`) && f.endsWith('.png'),
      )
      expect(pages.length).toBeGreaterThan(0)
      await copyFile(join(work, pages.sort()[0]!), join(out, `${name}.png`))
    }
    console.log(`Rendered pages are in ${work}`)
  }, 120_000)
})
