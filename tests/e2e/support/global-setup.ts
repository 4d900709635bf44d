import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'vite'

export const repoRoot = resolve(__dirname, '../../..')
export const bridgeBundle = resolve(repoRoot, 'test-results/e2e-bridge/bridge.js')

/** Bundles the test bridge once per run; the renderer itself must already be built. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(resolve(repoRoot, 'out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before the end-to-end tests.')
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve(repoRoot, 'src-shared') } },
    build: {
      outDir: resolve(repoRoot, 'test-results/e2e-bridge'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: resolve(repoRoot, 'tests/e2e/support/bridge-entry.ts'),
        formats: ['iife'],
        name: 'afterviewTestBridge',
        fileName: () => 'bridge.js',
      },
    },
  })
}
