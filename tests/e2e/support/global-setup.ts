import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { build } from 'vite'
import { isolateTempFolder } from '../../support/tempGuard'

export const repoRoot = resolve(__dirname, '../../..')
export const bridgeBundle = resolve(repoRoot, 'test-results/e2e-bridge/bridge.js')

/**
 * Bundles `entry` (TypeScript, with the @shared alias) into one classic script at `outFile`, for
 * code Playwright injects into the page: the test bridge, and the benchmark's page helpers.
 */
export async function bundleScript(entry: string, outFile: string, name: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve(repoRoot, 'src-shared') } },
    build: {
      outDir: dirname(outFile),
      emptyOutDir: true,
      minify: false,
      lib: { entry, formats: ['iife'], name, fileName: () => basename(outFile) },
      rollupOptions: {
        onwarn(warning, warn) {
          // libsodium's ESM build reads import.meta only under Node; a page never gets there.
          if (warning.code !== 'EMPTY_IMPORT_META') warn(warning)
        },
      },
    },
  })
}

/**
 * Bundles the test bridge once per run (the renderer itself must already be built) and gives the
 * run its own temp folder; the teardown it answers fails the run if a spec left a folder there.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(resolve(repoRoot, 'out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before the end-to-end tests.')
  }
  await bundleScript(
    resolve(repoRoot, 'tests/e2e/support/bridge-entry.ts'),
    bridgeBundle,
    'afterviewTestBridge',
  )
  return isolateTempFolder()
}
