import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { holidayData } from './build/vite/holidayData.mjs'

const root = import.meta.dirname
const alias = { '@shared': resolve(root, 'src-shared') }

export default defineConfig({
  resolve: { alias },
  test: {
    // The run's own temp folder; the run fails if a test leaves an afterview-* folder in it.
    globalSetup: ['tests/support/vitestGlobalSetup.ts'],
    projects: [
      {
        resolve: { alias },
        plugins: [holidayData()],
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src-shared/**/*.test.ts',
            'src-main/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/support/**/*.test.ts',
            'tests/bench/**/*.test.ts',
          ],
          setupFiles: ['tests/support/holidays.ts'],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        plugins: [vue(), holidayData()],
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['src-renderer/**/*.test.ts', 'tests/component/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto', 'tests/support/holidays.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
