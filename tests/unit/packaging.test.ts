/**
 * The packaging config (build/electron-builder.yml) against the requirements of docs/SECURITY.md:
 * every Electron fuse, every installer target, app id, icons. Packaging itself needs Electron's
 * binary and internet, so this checks the config rather than an installer.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { load } from 'js-yaml'
import { COPYRIGHT } from '../../src-main/about/copyright'

const root = resolve(__dirname, '../..')
const config = load(readFileSync(resolve(root, 'build/electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  electronFuses: Record<string, boolean>
  linux: Record<string, unknown> & { target: string[]; icon: string }
  mac: {
    target: string
    icon: string
    hardenedRuntime: boolean
    entitlements: string
    entitlementsInherit: string
    notarize: boolean
    minimumSystemVersion: string
  }
  win: { target: string; icon: string; legalTrademarks: string }
  nsis: Record<string, unknown>
  files: string[]
  directories: { output: string; buildResources: string }
}
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  productName: string
  description: string
  author: { name: string; email: string }
  main: string
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** electron-builder's own JSON schema, from the pinned devDependency. */
function builderSchema(): {
  properties: Record<string, unknown>
  definitions: Record<string, { properties: Record<string, unknown> }>
} {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('app-builder-lib/package.json'))
  return JSON.parse(readFileSync(resolve(dir, 'scheme.json'), 'utf8'))
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path)
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (!signature.every((b, i) => bytes[i] === b)) return null
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('the electron-builder config', () => {
  it('sets every security fuse as docs/SECURITY.md requires', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
    // The fuses only exist inside an asar, which must not be switched off.
    expect(config['asar']).toBe(true)
    expect(config['disableAsarIntegrity']).toBeUndefined()
  })

  it('names only fuses and options the pinned electron-builder knows', () => {
    const schema = builderSchema()
    const fuseOptions = Object.keys(schema.definitions['FuseOptionsV1']!.properties)
    for (const fuse of Object.keys(config.electronFuses)) expect(fuseOptions).toContain(fuse)
    for (const key of Object.keys(config)) expect(Object.keys(schema.properties)).toContain(key)
  })

  it('builds an AppImage and a deb on Linux, a dmg on macOS and an NSIS installer on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toBe('dmg')
    expect(config.win.target).toBe('nsis')
    expect(config.mac.hardenedRuntime).toBe(true)
  })

  it('has an app id, the product name of package.json, and never publishes', () => {
    expect(config['appId']).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/)
    expect(config['productName']).toBe(pkg.productName)
    expect(config['publish']).toBeNull()
  })

  it('packages the built app only, not the sources or source maps', () => {
    expect(config.files).toContain('out/**/*')
    expect(config.files).toContain('!**/*.map')
    expect(config.files.some((f) => /src-|tests|\.ts$/.test(f))).toBe(false)
    expect(pkg.main).toMatch(/^\.\/out\/main\//)
  })

  it('has real PNG icons of the sizes each platform needs', () => {
    // macOS wants 1024 px for its icns; Windows' ico is made from the same 1024 px picture.
    expect(pngSize(resolve(root, config.mac.icon))).toEqual({ width: 1024, height: 1024 })
    expect(pngSize(resolve(root, config.win.icon))).toEqual({ width: 1024, height: 1024 })
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = resolve(root, config.linux.icon, `${size}x${size}.png`)
      expect(pngSize(file)).toEqual({ width: size, height: size })
    }
  })

  it('is what `npm run dist` uses, after a build, with electron-builder as a pinned dev tool', () => {
    expect(pkg.scripts['dist']).toBe(
      'npm run build && electron-builder --config build/electron-builder.config.cjs --publish never',
    )
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.dependencies['electron-builder']).toBeUndefined()
  })

  it('adds an update address only when one is given at build time, and only over https', () => {
    const require = createRequire(import.meta.url)
    const builder = require(
      resolve(root, 'build/electron-builder.config.cjs'),
    ) as (() => unknown) & {
      builderConfig(env: Record<string, string>): Record<string, unknown>
      UPDATE_URL_VARIABLE: string
    }
    const name = builder.UPDATE_URL_VARIABLE
    expect(name).toBe('AFTERVIEW_UPDATE_URL')
    // Without it the config is the YAML file's, which publishes nothing.
    expect(builder.builderConfig({})).toEqual(config)
    expect(builder.builderConfig({ [name]: '  ' })['publish']).toBeNull()
    const withAddress = builder.builderConfig({ [name]: 'https://updates.example.org/afterview/' })
    expect(withAddress).toEqual({
      ...config,
      publish: { provider: 'generic', url: 'https://updates.example.org/afterview/' },
    })
    const generic = builderSchema().definitions['GenericServerOptions']!.properties
    expect(Object.keys(generic)).toEqual(expect.arrayContaining(['provider', 'url']))
    for (const refused of [
      'http://updates.example.org/afterview',
      'https://user:secret@updates.example.org/',
      'https://updates.example.org/?token=1',
      'updates.example.org',
    ]) {
      expect(() => builder.builderConfig({ [name]: refused }), refused).toThrow(name)
    }
  })

  it('gives macOS only the JIT entitlement under the hardened runtime', () => {
    expect(config.mac.entitlements).toBe('build/entitlements.mac.plist')
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements)
    const plist = readFileSync(resolve(root, config.mac.entitlements), 'utf8')
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])
    expect(keys).toEqual(['com.apple.security.cs.allow-jit'])
    expect(config.mac.minimumSystemVersion).toMatch(/^\d+\.\d+$/)
  })

  it('notarises through its own hook only, which skips without credentials', async () => {
    expect(config['afterSign']).toBe('build/notarize.cjs')
    expect(config.mac.notarize).toBe(false)
    const require = createRequire(import.meta.url)
    const hook = require(resolve(root, 'build/notarize.cjs')) as ((
      context: unknown,
      env: Record<string, string>,
      notarize: (options: Record<string, string>) => Promise<void>,
    ) => Promise<string>) & { notaryCredentials(env: Record<string, string>): unknown }
    const sent: Record<string, string>[] = []
    const notarize = async (options: Record<string, string>) => void sent.push(options)
    const context = {
      electronPlatformName: 'darwin',
      appOutDir: '/tmp/out/mac',
      packager: { appInfo: { productFilename: 'Afterview' } },
    }
    expect(await hook(context, {}, notarize)).toBe('skipped')
    expect(await hook(context, { APPLE_ID: 'a@b.c', APPLE_TEAM_ID: 'T' }, notarize)).toBe('skipped')
    expect(await hook({ ...context, electronPlatformName: 'win32' }, {}, notarize)).toBe(
      'not macOS',
    )
    expect(sent).toEqual([])
    const env = { APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'pw', APPLE_TEAM_ID: 'T' }
    expect(await hook(context, env, notarize)).toBe('notarised')
    expect(sent).toEqual([
      {
        appPath: '/tmp/out/mac/Afterview.app',
        appleId: 'a@b.c',
        appleIdPassword: 'pw',
        teamId: 'T',
      },
    ])
    expect(
      hook.notaryCredentials({
        APPLE_API_KEY: 'k.p8',
        APPLE_API_KEY_ID: 'K',
        APPLE_API_ISSUER: 'I',
      }),
    ).toEqual({ appleApiKey: 'k.p8', appleApiKeyId: 'K', appleApiIssuer: 'I' })
  })

  it('fills the metadata Windows and Linux installers show', () => {
    expect(pkg.author.name).not.toBe('')
    expect(pkg.description).not.toBe('')
    expect(config['copyright']).toBe(COPYRIGHT)
    expect(config.win.legalTrademarks).toBe('Afterview')
    expect(config.nsis).toMatchObject({
      shortcutName: 'Afterview',
      uninstallDisplayName: 'Afterview',
      deleteAppDataOnUninstall: false,
    })
    for (const key of ['category', 'synopsis', 'description', 'maintainer', 'vendor']) {
      expect(config.linux[key], key).toEqual(expect.any(String))
    }
    expect(config.linux['desktop']).toMatchObject({ entry: { StartupWMClass: 'Afterview' } })
  })
})
