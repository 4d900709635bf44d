/**
 * Every icon comes from one source: build/icon.svg (and build/tray-template.svg for the macOS menu
 * bar). These tests render the sources again with the pinned renderer and fail when a committed
 * PNG or the tray module no longer matches: run `node scripts/render-icons.mjs` after changing one.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
// @ts-expect-error: a plain .mjs script, without type declarations
import * as icons from '../../scripts/render-icons.mjs'

const root = resolve(__dirname, '../..')
const script = icons as {
  LINUX_SIZES: number[]
  APP_ICON: { file: string; size: number }
  TRAY_MODULE: string
  render(svg: string, size: number): Buffer
  trayModule(): string
}

describe('the icons', () => {
  it('has Linux icons at every size from 16 to 1024 px', () => {
    expect(script.LINUX_SIZES).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024])
  })

  it.each([16, 32, 256])('renders the %i px Linux icon from icon.svg', (size) => {
    const committed = readFileSync(resolve(root, `build/icons/${size}x${size}.png`))
    expect(committed.equals(script.render('build/icon.svg', size))).toBe(true)
  })

  it('renders the 1024 px installer icon from icon.svg', () => {
    const committed = readFileSync(resolve(root, script.APP_ICON.file))
    expect(committed.equals(script.render('build/icon.svg', 1024))).toBe(true)
  })

  it('generates the tray module from the sources', () => {
    expect(readFileSync(resolve(root, script.TRAY_MODULE), 'utf8')).toBe(script.trayModule())
  })
})
