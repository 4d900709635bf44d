import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveAppRequest } from '../../../src-main/security/protocol'

/**
 * Serves the built renderer on loopback through the same request handler main registers for the
 * app:// scheme, so the tests load exactly what the app loads.
 */
export async function serveRenderer(
  rendererDir: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void serveAppRequest(rendererDir, `app://afterview${req.url ?? '/'}`, req.method).then(
      async (answer) => {
        res.writeHead(answer.status, Object.fromEntries(answer.headers))
        res.end(Buffer.from(await answer.arrayBuffer()))
      },
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
