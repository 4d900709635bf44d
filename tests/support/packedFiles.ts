/**
 * The files electron-builder would put in app.asar, computed without packing (packing needs
 * Electron's binary): the built app that build/electron-builder.yml's `files` names, plus every
 * package of the production dependency tree, found the way Node resolves them. electron-builder
 * also drops READMEs, tests and type declarations from packages, so this is an upper bound: a
 * size under a limit here is under it in the real asar too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** One packed file, with its path inside the asar and its size in bytes. */
export interface PackedFile {
  path: string
  bytes: number
}

/** Every file under `dir`, skipping nested node_modules folders (walked as packages of their own). */
function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...filesUnder(full))
    } else if (entry.isFile()) {
      out.push(full)
    }
  }
  return out
}

/** Where `name` resolves from the package at `fromDir`, as Node looks it up; null when absent. */
function resolvePackage(name: string, fromDir: string, root: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dir === root || dirname(dir) === dir) return null
  }
}

/** The folders of every package the app needs at run time, from package.json's dependencies. */
export function productionPackages(root: string): string[] {
  const seen = new Set<string>()
  const visit = (dir: string, required: boolean) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
      optionalDependencies?: Record<string, string>
    }
    const wanted = [
      ...Object.keys(pkg.dependencies ?? {}).map((name) => [name, true] as const),
      ...Object.keys(pkg.optionalDependencies ?? {}).map((name) => [name, false] as const),
    ]
    for (const [name, needed] of wanted) {
      const found = resolvePackage(name, dir, root)
      if (!found) {
        if (needed && required) throw new Error(`${name} is needed by ${dir} but not installed`)
        continue
      }
      if (seen.has(found)) continue
      seen.add(found)
      visit(found, needed)
    }
  }
  visit(root, true)
  return [...seen].sort()
}

/** The packed file set of the app at `root`: `out/` less source maps, package.json, packages. */
export function packedFiles(root: string): PackedFile[] {
  const app = [
    ...filesUnder(resolve(root, 'out')).filter((file) => !file.endsWith('.map')),
    resolve(root, 'package.json'),
  ]
  const packages = productionPackages(root).flatMap(filesUnder)
  return [...app, ...packages].map((file) => ({
    path: relative(root, file),
    bytes: statSync(file).size,
  }))
}
