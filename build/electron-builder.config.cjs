// The config `npm run dist` hands electron-builder: build/electron-builder.yml as it stands, plus
// an update address when AFTERVIEW_UPDATE_URL is set at build time. With the address, the build
// carries app-update.yml (a `generic` provider at that URL) and Settings › Updates can check it,
// once the user turns checking on; without it there is no publish config and the app says it was
// built without an update address. Nothing is ever uploaded (`--publish never`): the release's
// installers and latest*.yml files are copied to the address by hand.
'use strict'

const { readFileSync } = require('node:fs')
const { join } = require('node:path')
const { load } = require('js-yaml')

/** The environment variable that holds the update address. */
const UPDATE_URL_VARIABLE = 'AFTERVIEW_UPDATE_URL'

/**
 * The publish entry for `url`: electron-updater's generic provider. Only https: the update files
 * list the installers' checksums, so they must come over a connection nobody can rewrite.
 */
function updatePublish(url) {
  let parsed
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`${UPDATE_URL_VARIABLE} is not a web address: "${url}"`)
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.search) {
    throw new Error(
      `${UPDATE_URL_VARIABLE} must be a plain https:// address, without a password or a query`,
    )
  }
  return { provider: 'generic', url: parsed.href }
}

/** The build config for the environment `env`. */
function builderConfig(env) {
  const config = load(readFileSync(join(__dirname, 'electron-builder.yml'), 'utf8'))
  const url = (env[UPDATE_URL_VARIABLE] ?? '').trim()
  return url === '' ? config : { ...config, publish: updatePublish(url) }
}

module.exports = () => builderConfig(process.env)
module.exports.builderConfig = builderConfig
module.exports.UPDATE_URL_VARIABLE = UPDATE_URL_VARIABLE
