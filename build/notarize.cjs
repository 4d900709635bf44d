// electron-builder's afterSign hook: sends the signed macOS app to Apple's notary service, but only
// when the credentials are in the environment, so a build without them (every build but a
// release on a Mac) carries on unnotarised instead of failing. electron-builder's own notarize
// step is off (mac.notarize: false) so the app is never sent twice.
'use strict'

const { join } = require('node:path')

/**
 * The notary credentials from `env`, or null when none are complete: an App Store Connect API key
 * (APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER), or an Apple ID with an app-specific
 * password (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).
 */
function notaryCredentials(env) {
  if (env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER) {
    return {
      appleApiKey: env.APPLE_API_KEY,
      appleApiKeyId: env.APPLE_API_KEY_ID,
      appleApiIssuer: env.APPLE_API_ISSUER,
    }
  }
  if (env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID) {
    return {
      appleId: env.APPLE_ID,
      appleIdPassword: env.APPLE_APP_SPECIFIC_PASSWORD,
      teamId: env.APPLE_TEAM_ID,
    }
  }
  return null
}

/** The hook. `notarize` is injected by tests; the real one comes from @electron/notarize. */
async function afterSign(context, env = process.env, notarize = undefined) {
  if (context.electronPlatformName !== 'darwin') return 'not macOS'
  const credentials = notaryCredentials(env)
  if (!credentials) {
    console.log('notarize: no Apple credentials in the environment, skipped')
    return 'skipped'
  }
  const send = notarize ?? require('@electron/notarize').notarize
  const appName = context.packager.appInfo.productFilename
  await send({ appPath: join(context.appOutDir, `${appName}.app`), ...credentials })
  return 'notarised'
}

module.exports = afterSign
module.exports.default = afterSign
module.exports.notaryCredentials = notaryCredentials
