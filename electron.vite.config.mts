import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { holidayData } from './build/vite/holidayData.mjs'

const root = import.meta.dirname
const alias = { '@shared': resolve(root, 'src-shared') }

/**
 * pdf.js's data files, which it fetches by name from a folder URL (src-renderer/attachments/pdf.ts):
 * fonts for PDFs that do not embed them, character maps for CJK text, and the WebAssembly
 * decoders for scanned (JBIG2) and JPEG 2000 images. Each folder keeps the files whose names
 * match, licences included.
 */
const PDFJS_FOLDERS: Record<string, RegExp> = {
  standard_fonts: /./,
  cmaps: /./,
  wasm: /^(LICENSE_(JBIG2|OPENJPEG|PDFJS_JBIG2|PDFJS_OPENJPEG)|jbig2\.wasm|openjpeg\.wasm)$/,
}

/** Serves pdf.js's data files under /pdfjs/ from the app's own origin, in development and build. */
function pdfjsAssets(): Plugin {
  const source = resolve(root, 'node_modules/pdfjs-dist')
  const files = Object.entries(PDFJS_FOLDERS).flatMap(([folder, keep]) =>
    readdirSync(resolve(source, folder))
      .filter((name) => keep.test(name))
      .map((name) => `${folder}/${name}`),
  )
  return {
    name: 'afterview-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        const file = decodeURIComponent((req.url ?? '').split('?')[0]!.slice(1))
        if (!files.includes(file)) return next()
        createReadStream(resolve(source, file)).pipe(res)
      })
    },
    generateBundle() {
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: `pdfjs/${file}`,
          source: readFileSync(resolve(source, file)),
        })
      }
    },
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'src-main/electron/index.ts') },
      // libsodium is imported on first use (src-shared/vault/sodium.ts): in main's CommonJS that
      // stays a require, as Node's ESM loader does not read every package out of app.asar.
      rollupOptions: { output: { dynamicImportInCjs: false } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything into one file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'src-main/electron/preload.ts') },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    resolve: { alias },
    plugins: [vue(), pdfjsAssets(), holidayData()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
})
