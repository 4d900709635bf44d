import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

const root = import.meta.dirname
const alias = { '@shared': resolve(root, 'src-shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'src-main/index.ts') },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything into one file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'src-main/preload.ts') },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    resolve: { alias },
    plugins: [vue()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
})
