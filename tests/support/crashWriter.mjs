// Child process of the crash-safety test: rewrites two files forever, alternating between two
// versions of each, through the app's own atomic write (loaded by Node's TypeScript stripping).
// The parent kills it with SIGKILL at random moments.
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../../src-main/files/atomicWrite.ts'

const [attachment, attachmentA, attachmentB, backup, backupA, backupB] = process.argv.slice(2)
const attachments = [readFileSync(attachmentA), readFileSync(attachmentB)]
const backups = [readFileSync(backupA), readFileSync(backupB)]

// Boot first, then wait for the parent's go: the parent keeps a few writers warm so that the
// expensive part (starting Node) overlaps with the previous writer's run.
process.stdout.write('ready\n')
await new Promise((resolve) => process.stdin.once('data', resolve))
// A '>' as each write begins and a '.' as it ends let the parent aim its kill at a given write of
// the cycle on any machine: it kills as soon as it reads the '>', so the signal lands inside that
// write (stdout to a pipe is synchronous, so the mark is out before the write starts).
for (let i = 0; ; i++) {
  process.stdout.write('>')
  await writeFileAtomic(attachment, attachments[i % 2])
  process.stdout.write('.>')
  await writeFileAtomic(backup, backups[i % 2])
  process.stdout.write('.')
}
