import { describe, expect, it } from 'vitest'
import { lintAs } from '../support/lint'

/** Lints `code` as if it were the file at `path` and returns the boundary rule's messages. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  return (await lintAs(path, code))
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('the layer boundaries (DESIGN.md) are enforced by lint', () => {
  it.each([
    ['vue', "import { ref } from 'vue'\nexport const x = ref(1)\n"],
    ['electron', "import { app } from 'electron'\nexport const x = app\n"],
    ['dexie', "import Dexie from 'dexie'\nexport const x = Dexie\n"],
    ['node:fs', "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n"],
    ['fs', "import { readFile } from 'fs'\nexport const x = readFile\n"],
    ['src-main', "import { x as y } from '../../src-main/ports'\nexport const x = y\n"],
    ['src-renderer', "import { x as y } from '../../src-renderer/host'\nexport const x = y\n"],
  ])('refuses src-shared importing %s', async (_name, code) => {
    expect(await boundaryErrors('src-shared/rules/example.ts', code)).not.toEqual([])
  })

  it('lets src-shared import its own modules and pure packages', async () => {
    const code =
      "import * as v from 'valibot'\nimport { money } from '../domain/money'\nexport const x = [v, money]\n"
    expect(await boundaryErrors('src-shared/rules/example.ts', code)).toEqual([])
  })

  it('refuses src-renderer importing src-main or electron', async () => {
    const fromMain =
      "import { dispatch } from '../src-main/ipc/dispatch'\nexport const x = dispatch\n"
    const fromElectron = "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n"
    expect(await boundaryErrors('src-renderer/interviews/example.ts', fromMain)).not.toEqual([])
    expect(await boundaryErrors('src-renderer/interviews/example.ts', fromElectron)).not.toEqual([])
  })

  it('refuses src-main importing src-renderer', async () => {
    const code = "import { host } from '../../src-renderer/host'\nexport const x = host\n"
    expect(await boundaryErrors('src-main/ipc/example.ts', code)).not.toEqual([])
  })

  it('lets both sides import the shared contract', async () => {
    const code = "import { channels } from '@shared/ipc/contract'\nexport const x = channels\n"
    expect(await boundaryErrors('src-main/ipc/example.ts', code)).toEqual([])
    expect(await boundaryErrors('src-renderer/interviews/example.ts', code)).toEqual([])
  })

  it.each([
    ['an ipc handler', 'src-main/ipc/example.ts'],
    ['a file handler', 'src-main/vault/example.ts'],
    ['the ports', 'src-main/ports.ts'],
    ['a unit test', 'tests/unit/example.test.ts'],
    ['a test helper', 'tests/support/example.ts'],
  ])('refuses electron in %s, outside src-main/electron', async (_name, path) => {
    const code = "import { app } from 'electron'\nexport const x = app\n"
    const typeOnly = "import type { App } from 'electron'\nexport type X = App\n"
    expect(await boundaryErrors(path, code)).toEqual([
      expect.stringContaining('Only src-main/electron imports electron'),
    ])
    expect(await boundaryErrors(path, typeOnly)).not.toEqual([])
  })

  it('lets src-main/electron import electron, and still not src-renderer', async () => {
    const code = "import { app } from 'electron'\nexport const x = app\n"
    expect(await boundaryErrors('src-main/electron/example.ts', code)).toEqual([])
    const fromRenderer = "import { host } from '../../src-renderer/host'\nexport const x = host\n"
    expect(await boundaryErrors('src-main/electron/example.ts', fromRenderer)).not.toEqual([])
  })
})
