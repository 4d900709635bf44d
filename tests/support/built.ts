import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(__dirname, '../..')

/** Builds the app with electron-vite unless `out` already holds main's and the renderer's build. */
export function ensureBuilt(): void {
  if (existsSync(resolve(root, 'out/main/index.js')) && existsSync(resolve(root, 'out/renderer'))) {
    return
  }
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' })
}
