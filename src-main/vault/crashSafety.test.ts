import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import {
  decryptAttachment,
  encryptAttachment,
  newAttachmentKey,
} from '@shared/vault/attachmentFile'
import { decodeBackup, encodeBackup } from '@shared/vault/backupFile'
import { createVaultKeys, inlineDerive } from '@shared/vault/vaultKeys'
import { encodeVaultHeader, slotOf } from '@shared/vault/vaultHeader'
import { deriveVaultKeys } from '@shared/vault/subkeys'
import { isTempName, removeStaleTemps, writeFileAtomic } from '../files/atomicWrite'
import { randomBytes, repoRoot, weakKdf } from '../../tests/support/vaultKit'

const KILLS = 200
const child = join(repoRoot, 'tests/support/crashWriter.mjs')

let sodium: Sodium
let dir: string
beforeAll(async () => {
  sodium = await loadSodium()
  dir = await mkdtemp(join(tmpdir(), 'afterview-crash-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

interface Writer {
  ready: Promise<void>
  /** Resolves once the writer has begun `count` writes. */
  started(count: number): Promise<void>
  exited: Promise<NodeJS.Signals | null>
  go(): void
  kill(): void
}

/** Starts a writer that boots and then waits for `go` before it starts writing. */
function startWriter(args: string[]): Writer {
  const proc = spawn(
    process.execPath,
    ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', child, ...args],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  let stderr = ''
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout.once('data', () => resolve())
    proc.once('exit', () => reject(new Error(`writer ended before it was ready: ${stderr}`)))
  })
  let begun = 0
  const waiters: { count: number; resolve: () => void }[] = []
  proc.stdout.on('data', (d: Buffer) => {
    begun += d.toString().split('>').length - 1
    for (const w of waiters.filter((w) => w.count <= begun)) w.resolve()
  })
  const started = (count: number) =>
    new Promise<void>((resolve) => {
      if (count <= begun) resolve()
      else waiters.push({ count, resolve })
    })
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.once('exit', (_c, signal) => resolve(signal)),
  )
  return {
    ready,
    started,
    exited,
    go: () => proc.stdin.write('go\n'),
    kill: () => proc.kill('SIGKILL'),
  }
}

describe('crash safety of atomic writes', () => {
  it(
    `leaves the complete old or new file after ${KILLS} SIGKILLs mid-write, and both still open`,
    { timeout: 240_000 },
    async () => {
      const derive = inlineDerive(sodium)
      const attachmentKey = newAttachmentKey(sodium)
      const versions: Record<'attachmentA' | 'attachmentB' | 'backupA' | 'backupB', Uint8Array> = {
        attachmentA: encryptAttachment(sodium, attachmentKey, randomBytes(120_000)),
        attachmentB: encryptAttachment(sodium, attachmentKey, randomBytes(200_000)),
        backupA: new Uint8Array(),
        backupB: new Uint8Array(),
      }
      const created = await createVaultKeys(sodium, 'crash pass', derive, weakKdf)
      const keys = deriveVaultKeys(sodium, created.dataKey, created.header.keyId)
      const slot = slotOf(created.header, 'passphrase')
      const contents = (n: number) => ({
        vaultHeader: encodeVaultHeader(created.header),
        records: [],
        attachments: [{ fileId: 'ab'.repeat(16), bytes: randomBytes(n) }],
      })
      versions.backupA = encodeBackup(sodium, keys, slot, contents(160_000))
      versions.backupB = encodeBackup(sodium, keys, slot, contents(90_000))
      for (const [name, bytes] of Object.entries(versions)) await writeFile(join(dir, name), bytes)

      const folder = join(dir, 'data')
      await rm(folder, { recursive: true, force: true })
      await mkdir(folder)
      const attachment = join(folder, 'cd'.repeat(16))
      const backup = join(folder, 'Afterview backup.afterview-backup')
      await writeFileAtomic(attachment, versions.attachmentA)
      await writeFileAtomic(backup, versions.backupA)
      const args = [attachment, join(dir, 'attachmentA'), join(dir, 'attachmentB')]
      args.push(backup, join(dir, 'backupA'), join(dir, 'backupB'))

      let interruptedMidWrite = 0
      const seen = new Set<string>()
      const warm: Writer[] = []
      for (let i = 0; i < KILLS; i++) {
        while (warm.length < Math.min(4, KILLS - i)) warm.push(startWriter(args))
        const writer = warm.shift() as Writer
        await writer.ready
        writer.go()
        // Aim each kill at a different write of the cycle (attachment A, backup A, attachment B,
        // backup B, attachment A, …): kill the moment that write has begun, so the signal lands
        // inside it wherever the machine's scheduling puts it, with no sleep to guess at.
        await writer.started((i % 5) + 1)
        writer.kill()
        expect(await writer.exited).toBe('SIGKILL')
        if ((await readdir(folder)).some(isTempName)) interruptedMidWrite++
        const a = new Uint8Array(await readFile(attachment))
        const b = new Uint8Array(await readFile(backup))
        const aIs = equal(a, versions.attachmentA)
          ? 'A'
          : equal(a, versions.attachmentB)
            ? 'B'
            : null
        const bIs = equal(b, versions.backupA) ? 'A' : equal(b, versions.backupB) ? 'B' : null
        expect(aIs, `attachment after kill ${i}`).not.toBeNull()
        expect(bIs, `backup after kill ${i}`).not.toBeNull()
        seen.add(`attachment ${aIs}`).add(`backup ${bIs}`)
        expect(decryptAttachment(sodium, attachmentKey, a).length).toBeGreaterThan(0)
        expect(
          (await decodeBackup(sodium, b, 'crash pass', derive)).contents.attachments,
        ).toHaveLength(1)
        await removeStaleTemps(folder)
      }
      // The kills really landed mid-write, and both versions of each file were seen.
      expect(interruptedMidWrite).toBeGreaterThan(0)
      expect(seen.size).toBe(4)
    },
  )
})

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b))
}
