import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolderPerTest } from '../support/tempFolder'
import { lockScreenJs } from './lockScreenJs'

const folder = tempFolderPerTest('lock-js')

describe('the JavaScript the lock screen needs', () => {
  it('counts the entry, its preloads and their static imports, not what loads on import()', async () => {
    const dir = folder()
    await mkdir(join(dir, 'assets'))
    const files: Record<string, string> = {
      'index.html':
        '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/vue-b.js">',
      'assets/index-a.js':
        'import{c as d}from"./dexie-c.js";import"./css-d.js";' +
        'const s=()=>import("./AppShell-e.js");',
      'assets/vue-b.js': 'export const v=1',
      'assets/dexie-c.js': 'import{v}from"./vue-b.js";export const c=v',
      'assets/css-d.js': '',
      'assets/AppShell-e.js': 'x'.repeat(10_000),
    }
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
    const js = await lockScreenJs(dir)
    expect(js.files.sort()).toEqual([
      'assets/css-d.js',
      'assets/dexie-c.js',
      'assets/index-a.js',
      'assets/vue-b.js',
    ])
    const size = (name: string) => Buffer.byteLength(files[name]!)
    expect(js.bytes).toBe(
      ['assets/index-a.js', 'assets/vue-b.js', 'assets/dexie-c.js', 'assets/css-d.js']
        .map(size)
        .reduce((a, b) => a + b),
    )
  })
})
