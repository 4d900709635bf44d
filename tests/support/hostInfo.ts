/** Host facts of a made-up Electron build, for tests of what main and the page say about it. */
export const SAMPLE_HOST = {
  appName: 'Afterview',
  appVersion: '0.1.0',
  electronVersion: '45.4.1',
  chromeVersion: '156.0.7000.1',
  nodeVersion: '22.20.0',
  platform: 'linux',
}
