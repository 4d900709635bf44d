import { defineConfig } from '@playwright/test'

/** `npm run bench`: one worker, so the two cores measure the app and not another test. */
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  outputDir: '../../test-results/bench',
  globalSetup: '../e2e/support/global-setup.ts',
  timeout: 20 * 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
})
