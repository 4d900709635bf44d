import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = resolve(import.meta.dirname, '../../..')

/**
 * `npm run bench:sync`: the sync engine's figures at each vault size, in one process with
 * --expose-gc so the memory figure is what the merge engine holds, not garbage. It prints; it
 * asserts nothing about time.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(root, 'src-shared') } },
  test: {
    root,
    include: ['tests/bench/sync/*.bench-run.ts'],
    pool: 'forks',
    isolate: true,
    fileParallelism: false,
    execArgv: ['--expose-gc'],
    testTimeout: 30 * 60_000,
    disableConsoleIntercept: true,
  },
})
