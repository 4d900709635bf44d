import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { toBase64 } from '@shared/vault/bytes'
import { realHostMounts, type RealHost } from '../../tests/support/realHostMount'
import { sessionStatus } from '../../tests/support/syncStatus'
import { host as bridge } from '../host'
import { useSyncStore } from '../sync/syncStore'
import type { AttachmentRef } from './attachments'
import { useMissingFiles } from './missingFiles'

const mounts = realHostMounts()
let root: HTMLElement
let host: RealHost | null = null

const device = '7e57ab1e'.repeat(4)
const syncedAt = Date.UTC(2025, 10, 28, 9, 15)

/**
 * An attachment stored by main, then taken out of the data folder, as on a computer the record
 * reached before its file; and a list showing whether each file is here.
 */
async function listWithFileAway() {
  host = await mounts.install()
  const stored = await bridge().call('attachments/import-bytes', {
    name: 'Lettre d’offre — Société Générale.pdf',
    dataB64: toBase64(new TextEncoder().encode('%PDF-1.4 Offre: 68 000 EUR, Zoë Ångström')),
  })
  const file: AttachmentRef = stored
  const sealed = join(host.dataDir, 'attachments', file.fileId)
  const away = join(host.documentsDir, 'away')
  await rename(sealed, away)
  const files = ref<AttachmentRef[]>([file])
  const List = defineComponent(() => {
    const { missing } = useMissingFiles(() => files.value)
    return () =>
      h(
        'ul',
        files.value.map((f) =>
          h('li', `${f.name}: ${missing.value.has(f.fileId) ? 'away' : 'here'}`),
        ),
      )
  })
  root = mounts.mount(List)
  await settle()
  return { file, files, bringBack: () => rename(away, sealed) }
}

async function settle(): Promise<void> {
  await nextTick()
  await host!.idle()
  await nextTick()
}

const askedMain = () => host!.calls.filter((c) => c === 'attachments/missing').length

describe('which of a record’s files are missing', () => {
  it('asks main again only when sync brought files, not after every pass', async () => {
    const { file, bringBack } = await listWithFileAway()
    expect(root.textContent).toBe(`${file.name}: away`)
    expect(askedMain()).toBe(1)

    const sync = useSyncStore()
    const waiting = [file.fileId]
    sync.status = sessionStatus(device, syncedAt, { attachmentsWaiting: waiting })
    await settle()
    // Passes that brought nothing: a new status each time, the same attachments.
    for (let pass = 1; pass <= 3; pass++) {
      const lastPassAt = syncedAt + pass * 60_000
      sync.status = sessionStatus(device, syncedAt, { attachmentsWaiting: waiting, lastPassAt })
      await settle()
    }
    expect(askedMain()).toBe(1)

    await bringBack()
    sync.status = sessionStatus(device, syncedAt, { attachmentsArrived: 1 })
    await settle()
    expect(askedMain()).toBe(2)
    expect(root.textContent).toBe(`${file.name}: here`)
  })

  it('asks again when the list’s own files change', async () => {
    const { file, files } = await listWithFileAway()
    files.value = []
    await settle()
    expect(root.textContent).toBe('')
    files.value = [file]
    await settle()
    // The empty list needs no answer from main; the file back in the list does.
    expect(askedMain()).toBe(2)
    expect(root.textContent).toBe(`${file.name}: away`)
  })
})
