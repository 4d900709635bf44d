import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = resolve(import.meta.dirname, '../../..')

/**
 * `npm run bench:sync-spike`: each engine in its own process (forks, isolated), one at a time,
 * with --expose-gc so the memory figure is what the replicas hold, not garbage.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(root, 'src-shared') } },
  test: {
    root,
    include: ['tests/bench/syncSpike/*.spike.ts'],
    pool: 'forks',
    isolate: true,
    fileParallelism: false,
    execArgv: ['--expose-gc'],
    testTimeout: 20 * 60_000,
    disableConsoleIntercept: true,
  },
})
