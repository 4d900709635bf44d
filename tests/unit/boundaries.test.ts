import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import { resolve } from 'node:path'

const eslint = new ESLint({ cwd: resolve(__dirname, '../..') })

/** Lints `code` as if it were the file at `path` and returns the boundary rule's messages. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../..', path) })
  return (result?.messages ?? [])
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
    expect(await boundaryErrors('src-renderer/board/example.ts', fromMain)).not.toEqual([])
    expect(await boundaryErrors('src-renderer/board/example.ts', fromElectron)).not.toEqual([])
  })

  it('refuses src-main importing src-renderer', async () => {
    const code = "import { host } from '../../src-renderer/host'\nexport const x = host\n"
    expect(await boundaryErrors('src-main/ipc/example.ts', code)).not.toEqual([])
  })

  it('lets both sides import the shared contract', async () => {
    const code = "import { channels } from '@shared/ipc/contract'\nexport const x = channels\n"
    expect(await boundaryErrors('src-main/ipc/example.ts', code)).toEqual([])
    expect(await boundaryErrors('src-renderer/board/example.ts', code)).toEqual([])
  })
})
