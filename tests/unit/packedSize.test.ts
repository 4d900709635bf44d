/**
 * The packaged app stays small: the renderer's libraries are bundled by electron-vite, so only
 * main's run-time needs may be `dependencies` (electron-builder copies every one into app.asar).
 * With all of them there, app.asar was 104 MiB; see tests/support/packedFiles.ts for the method.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { load } from 'js-yaml'
import { ensureBuilt } from '../support/built'
import { packedFiles, productionPackages } from '../support/packedFiles'

const root = resolve(__dirname, '../..')
const MiB = 1024 * 1024
/** The most app.asar may hold. */
const LIMIT_BYTES = 20 * MiB

/** Main's bundle: the packages it still `require`s at run time (electron-vite leaves them out). */
function mainRequires(): string[] {
  const bundle = readFileSync(resolve(root, 'out/main/index.js'), 'utf8')
  const names = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!)
  return [...new Set(names.filter((name) => !name.startsWith('node:') && name !== 'electron'))]
}

describe('the packaged app', () => {
  it('packs what the electron-builder config names, as the size count assumes', () => {
    const config = load(readFileSync(resolve(root, 'build/electron-builder.yml'), 'utf8')) as {
      files: string[]
    }
    expect(config.files).toEqual(['out/**/*', 'package.json', '!**/*.map'])
  })

  it(
    'keeps in `dependencies` exactly the packages main requires at run time',
    { timeout: 180_000 },
    () => {
      ensureBuilt()
      const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>
      }
      expect(Object.keys(pkg.dependencies).sort()).toEqual(mainRequires().sort())
    },
  )

  it('fits app.asar in 20 MiB', { timeout: 180_000 }, () => {
    ensureBuilt()
    const files = packedFiles(root)
    const total = files.reduce((sum, file) => sum + file.bytes, 0)
    const byPackage = productionPackages(root).map((dir) => basename(dir))
    expect(byPackage).not.toContain('docx')
    expect(total, `${(total / MiB).toFixed(1)} MiB in ${files.length} files`).toBeLessThan(
      LIMIT_BYTES,
    )
  })
})
