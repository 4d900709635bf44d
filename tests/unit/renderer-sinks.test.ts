import { describe, expect, it } from 'vitest'
import { lintAs } from '../support/lint'

/** Lints `code` as if it were the file at `path` and returns the rules that fired. */
async function rulesFired(path: string, code: string): Promise<string[]> {
  return (await lintAs(path, code)).map((m) => m.ruleId ?? m.message)
}

describe('lint keeps hostile text out of HTML sinks in the renderer', () => {
  it.each([
    ['innerHTML', 'export function f(el: HTMLElement, t: string) {\n  el.innerHTML = t\n}\n'],
    ['outerHTML', 'export function f(el: HTMLElement, t: string) {\n  el.outerHTML = t\n}\n'],
    [
      'insertAdjacentHTML',
      "export function f(el: HTMLElement, t: string) {\n  el.insertAdjacentHTML('beforeend', t)\n}\n",
    ],
    ['document.write', 'export function f(t: string) {\n  document.write(t)\n}\n'],
    ['eval', 'export function f(t: string) {\n  return eval(t)\n}\n'],
    ['new Function', 'export function f(t: string) {\n  return new Function(t)\n}\n'],
  ])('refuses %s in a TypeScript file', async (_name, code) => {
    expect(await rulesFired('src-renderer/interviews/example.ts', code)).not.toEqual([])
  })

  it('refuses v-html in a component', async () => {
    const code =
      '<script setup lang="ts">\nconst t = \'x\'\n</script>\n\n<template>\n  <p v-html="t"></p>\n</template>\n'
    expect(await rulesFired('src-renderer/interviews/Example.vue', code)).toContain('vue/no-v-html')
  })

  it('lets a component interpolate text', async () => {
    const code =
      '<script setup lang="ts">\nconst t = \'x\'\n</script>\n\n<template>\n  <p>{{ t }}</p>\n</template>\n'
    expect(await rulesFired('src-renderer/interviews/Example.vue', code)).toEqual([])
  })

  it('lets code set textContent', async () => {
    const code = 'export function f(el: HTMLElement, t: string) {\n  el.textContent = t\n}\n'
    expect(await rulesFired('src-renderer/interviews/example.ts', code)).toEqual([])
  })
})
