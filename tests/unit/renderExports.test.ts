/**
 * Every export read as a reader would, from the fixture data built through the app's own
 * functions (tests/support/exportFixtures.ts). The text checks always run. Where LibreOffice is
 * installed the documents are also rendered (LibreOffice → PDF → pdftoppm) and every page but the
 * last must be at least a third full; `npm run render:exports` (RENDER_EXPORTS=1) keeps the page
 * images in docs/exports: `<name>.png` for the first page, `<name>-page-N.png` after it.
 */
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Packer } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'
import { readDocx } from '../support/readDocx'
import { TYPED_PROPER_NOUNS, fixtureExports } from '../support/exportFixtures'

const documents = fixtureExports()

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const soffice = ['soffice', 'libreoffice'].find(has)
const rendering = Boolean(soffice && has('pdftoppm'))

async function textOf(name: string): Promise<string> {
  const doc = readDocx(new Uint8Array(await Packer.toBuffer(documents[name]!)))
  return doc.paragraphs.join('\n')
}

describe('every export, read as a reader would', () => {
  for (const name of Object.keys(documents)) {
    it(`${name} prints no placeholder, no ISO date and the user's words in their case`, async () => {
      const text = await textOf(name)
      expect(text).not.toMatch(/\[[^\]\n]*\]/)
      expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
      for (const noun of TYPED_PROPER_NOUNS) {
        const lowered = new RegExp(`(^|[^\\p{L}])${noun.toLowerCase()}($|[^\\p{L}])`, 'u')
        expect(text, `"${noun}" lowercased in ${name}`).not.toMatch(lowered)
      }
    })
  }
})

/**
 * How far down its text area a page is filled, 0 to 1, from a greyscale PGM of it: the lowest
 * row with ink between the top and bottom margins (the footer sits below the bottom margin).
 */
function fill(pgm: Buffer, marginFraction: number): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))!
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = pgm.subarray(header[0].length)
  const top = Math.round(height * marginFraction)
  const bottom = height - top
  let lowest = top
  for (let y = top; y < bottom; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width)
    if (row.some((v) => v < 200)) lowest = y
  }
  return (lowest - top) / (bottom - top)
}

describe('rendered exports', () => {
  const work = mkdtemp(join(tmpdir(), 'afterview-render-'))
  afterAll(async () => rm(await work, { recursive: true, force: true }))

  for (const name of Object.keys(documents)) {
    it(`${name}: every page before the last is at least a third full`, async (ctx) => {
      if (!rendering) {
        ctx.skip(
          'LibreOffice (soffice) and pdftoppm are not installed: apt-get install libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea',
        )
      }
      const dir = await work
      const docx = join(dir, `${name}.docx`)
      await writeFile(docx, await Packer.toBuffer(documents[name]!))
      execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
        stdio: 'ignore',
        env: { ...process.env, HOME: dir },
      })
      const pdf = join(dir, `${name}.pdf`)
      execFileSync('pdftoppm', ['-gray', '-r', '24', pdf, join(dir, `${name}-fill`)])
      const pages = (await readdir(dir)).filter((f) => f.startsWith(`${name}-fill-`)).sort()
      expect(pages.length).toBeGreaterThan(0)
      // 25 mm of 297 mm: the house margin, above the footer.
      const fills = await Promise.all(
        pages.map(async (p) => fill(await readFile(join(dir, p)), 25 / 297)),
      )
      for (const [i, f] of fills.slice(0, -1).entries()) {
        expect(
          f,
          `page ${i + 1} of ${name} is ${Math.round(f * 100)}% full`,
        ).toBeGreaterThanOrEqual(1 / 3)
      }
      if (process.env['RENDER_EXPORTS'] === '1') {
        const out = resolve(import.meta.dirname, '../../docs/exports')
        await mkdir(out, { recursive: true })
        execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, `${name}-page`)])
        const images = (await readdir(dir)).filter((f) => f.startsWith(`${name}-page-`)).sort()
        for (const [i, image] of images.entries()) {
          await copyFile(
            join(dir, image),
            join(out, i === 0 ? `${name}.png` : `${name}-page-${i + 1}.png`),
          )
        }
      }
    }, 120_000)
  }
})
