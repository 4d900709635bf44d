import { describe, expect, it } from 'vitest'
import { lintAs } from '../support/lint'

/** The layer rule's messages for `code` linted as the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  return (await lintAs(path, code))
    .filter((m) => m.ruleId === 'afterview/layers')
    .map((m) => m.message)
}

const importing = (specifier: string) => `import { x } from '${specifier}'\nexport const y = x\n`

describe('the layer order inside src-shared is enforced by lint', () => {
  it.each([
    ['domain', 'rules', 'src-shared/domain/example.ts', '../rules/calendar'],
    ['rules', 'forms', 'src-shared/rules/example.ts', '../forms/form'],
    ['rules', 'presenters', 'src-shared/rules/drafts/example.ts', '../../presenters/format'],
    ['rules', 'export', 'src-shared/rules/example.ts', '@shared/export/document'],
    ['forms', 'presenters', 'src-shared/forms/example.ts', '../presenters/format'],
    ['presenters', 'forms', 'src-shared/presenters/example.ts', '../forms/form'],
    ['forms', 'export', 'src-shared/forms/example.ts', '../export'],
    ['presenters', 'export', 'src-shared/presenters/example.ts', '../export/document'],
    ['export', 'offers', 'src-shared/export/example.ts', '../offers/entry'],
    ['ipc', 'rules', 'src-shared/ipc/example.ts', '../rules/calendar'],
    ['ipc', 'reminders', 'src-shared/ipc/example.ts', '../reminders/text'],
    ['vault', 'rules', 'src-shared/vault/example.ts', '../rules/errors'],
    ['vault', 'ipc', 'src-shared/vault/example.ts', '../ipc/errors'],
    ['offers', 'startPlan', 'src-shared/offers/example.ts', '../startPlan/plan'],
  ])('refuses %s importing %s', async (from, to, path, specifier) => {
    expect(await layerErrors(path, importing(specifier))).toEqual([
      expect.stringMatching(new RegExp(`^src-shared/${from} may import only .*, not ${to}:`)),
    ])
  })

  it('checks re-exports and dynamic imports as well as imports', async () => {
    const path = 'src-shared/domain/example.ts'
    expect(await layerErrors(path, "export { x } from '../rules/calendar'\n")).toHaveLength(1)
    expect(await layerErrors(path, "export * from '../rules/calendar'\n")).toHaveLength(1)
    const dynamic = "export const load = () => import('../rules/calendar')\n"
    expect(await layerErrors(path, dynamic)).toHaveLength(1)
  })

  it('lets each folder import the folders below it and itself', async () => {
    const allowed: [string, string][] = [
      ['src-shared/rules/drafts/example.ts', '../../domain/time'],
      ['src-shared/rules/drafts/example.ts', '../calendar'],
      ['src-shared/forms/example.ts', '../rules/calendar'],
      ['src-shared/presenters/example.ts', '@shared/rules/drafts/similarity'],
      ['src-shared/export/example.ts', '../presenters/format'],
      ['src-shared/export/example.ts', '../forms/form'],
      ['src-shared/ipc/example.ts', '../domain'],
      ['src-shared/ipc/example.ts', '../vault/errors'],
      ['src-shared/reminders/example.ts', '../ipc/reminders'],
      ['src-shared/startPlan/example.ts', '../offers/entry'],
      ['src-shared/offers/example.ts', 'valibot'],
    ]
    for (const [path, specifier] of allowed) {
      expect(await layerErrors(path, importing(specifier)), `${path} -> ${specifier}`).toEqual([])
    }
  })

  it('refuses a folder that has no place in the order', async () => {
    const messages = await layerErrors('src-shared/misc/example.ts', 'export const y = 1\n')
    expect(messages).toEqual([expect.stringMatching(/^src-shared\/misc has no place/)])
    expect(await layerErrors('src-shared/example.ts', 'export const y = 1\n')).toHaveLength(1)
  })

  it('leaves files outside src-shared to the other boundary rules', async () => {
    const code = importing('@shared/export/document')
    expect(await layerErrors('src-renderer/offers/example.ts', code)).toEqual([])
    expect(await layerErrors('src-main/export/example.ts', code)).toEqual([])
  })
})
