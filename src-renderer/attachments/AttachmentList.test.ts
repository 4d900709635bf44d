import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { realHostMounts, type RealHost } from '../../tests/support/realHostMount'
import type { TestPorts } from '../../tests/support/testPorts'
import { useUndoStore } from '../shell/undo'
import AttachmentList from './AttachmentList.vue'
import type { AttachmentRef } from './attachments'

/** A PNG of one transparent pixel. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

const mounts = realHostMounts()
let root: HTMLElement
let host: RealHost | null = null

/** Mounts the list over an owner that keeps its files in memory, as a record would. */
async function mount(options: { single?: boolean; draft?: boolean; limit?: number } = {}) {
  host = await mounts.install(
    options.limit === undefined ? {} : { attachmentLimitBytes: options.limit },
  )
  const files = ref<AttachmentRef[]>([])
  const owners: string[] = []
  const Owner = defineComponent(
    () => () =>
      h(AttachmentList, {
        title: options.single ? 'The offer letter' : 'Attachments',
        attachments: files.value,
        ownerId: 'opp-1',
        ownerName: 'Acme Ltd',
        single: options.single ?? false,
        draft: options.draft ?? false,
        addLabel: options.single ? 'Attach the letter…' : 'Attach a file…',
        replaceLabel: 'Replace the letter…',
        attach: async (ownerId: string, file: AttachmentRef, at?: number) => {
          owners.push(ownerId)
          if (options.single) {
            const displaced = files.value[0] ?? null
            files.value = [file]
            return displaced
          }
          const next = [...files.value]
          next.splice(at ?? next.length, 0, file)
          files.value = next
          return null
        },
        detach: async (_ownerId: string, file: AttachmentRef) => {
          files.value = files.value.filter((f) => f.fileId !== file.fileId)
        },
      }),
  )
  root = mounts.mount(Owner)
  await nextTick()
  return { files, owners, ports: host }
}

/** Writes a file where the user would pick it and scripts the open dialog to answer it. */
async function pick(ports: TestPorts, name: string, bytes: Uint8Array): Promise<string> {
  const path = join(ports.documentsDir, name)
  await writeFile(path, bytes)
  ports.dialog.opens.push(path)
  return path
}

/** Waits until main has answered every call, and the page has drawn what came back. */
async function settle(): Promise<void> {
  await host!.idle()
  await nextTick()
}

const button = (name: string) =>
  [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  )
const text = () => root.textContent?.replace(/\s+/g, ' ') ?? ''
/** The encrypted files in the data folder (none before the first import made the folder). */
const stored = async (ports: TestPorts) =>
  readdir(join(ports.dataDir, 'attachments')).catch(() => [] as string[])

describe('the attachment list', () => {
  it('attaches a chosen file encrypted and lists its name, size and kind', async () => {
    const { files, owners, ports } = await mount()
    const plain = Buffer.from('%PDF-1.4 advert for a product designer '.repeat(100))
    await pick(ports, 'Advert.pdf', plain)
    button('Attach a file…')!.click()
    await settle()

    expect(files.value).toHaveLength(1)
    expect(owners).toEqual(['opp-1'])
    expect(files.value[0]).toMatchObject({ name: 'Advert.pdf', mediaType: 'application/pdf' })
    expect(text()).toContain('Advert.pdf')
    expect(text()).toContain('3.9 KB · PDF')
    expect(text()).toContain('Attached Advert.pdf.')
    const [fileId] = await stored(ports)
    expect(fileId).toBe(files.value[0]!.fileId)
    const onDisk = await readFile(join(ports.dataDir, 'attachments', fileId!))
    expect(onDisk.includes('advert for a product designer')).toBe(false)
  })

  it('does nothing when the open dialog is cancelled', async () => {
    const { files, owners } = await mount()
    button('Attach a file…')!.click()
    await settle()
    expect(files.value).toEqual([])
    expect(owners).toEqual([])
    expect(root.querySelector('[role="alert"]')).toBeNull()
    expect(root.querySelector('[role="status"]')?.textContent?.trim()).toBe('')
  })

  it('explains a file that is too large or cannot be read, and attaches nothing', async () => {
    const { files, ports } = await mount({ limit: 100 })
    await pick(ports, 'Scan.png', new Uint8Array(101))
    button('Attach a file…')!.click()
    await settle()
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('larger than 50 MB')

    ports.dialog.opens.push(join(ports.documentsDir, 'gone.pdf'))
    button('Attach a file…')!.click()
    await settle()
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'That file could not be found or read.',
    )
    expect(files.value).toEqual([])
    expect(await stored(ports)).toEqual([])
  })

  it('removes a file with Undo, and deletes it only once Undo is no longer offered', async () => {
    const { files, ports } = await mount()
    await pick(ports, 'First.png', PIXEL)
    await pick(ports, 'Second.png', PIXEL)
    button('Attach a file…')!.click()
    await settle()
    button('Attach a file…')!.click()
    await settle()
    const [first, second] = files.value

    button('Remove First.png')!.click()
    await settle()
    expect(files.value.map((f) => f.name)).toEqual(['Second.png'])
    expect(document.activeElement?.textContent?.trim()).toBe('Attach a file…')
    const undo = useUndoStore()
    expect(undo.toasts.map((t) => t.text)).toEqual(['Removed First.png from Acme Ltd.'])
    expect((await stored(ports)).sort()).toEqual([first!.fileId, second!.fileId].sort())

    // Undo puts it back where it was.
    await undo.undo(undo.toasts[0]!.id)
    await settle()
    expect(files.value.map((f) => f.name)).toEqual(['First.png', 'Second.png'])
    expect(await stored(ports)).toHaveLength(2)

    // Removed again, and this time the message goes away without Undo: the file goes too.
    button('Remove First.png')!.click()
    await settle()
    undo.dismiss(undo.toasts[0]!.id)
    await settle()
    expect(await stored(ports)).toEqual([second!.fileId])
  })

  it('keeps one letter in single mode: adding replaces it, and Undo brings the old one back', async () => {
    const { files, ports } = await mount({ single: true })
    await pick(ports, 'Offer v1.pdf', Buffer.from('%PDF-1.4 first'))
    button('Attach the letter…')!.click()
    await settle()
    const old = files.value[0]!
    expect(button('Replace the letter…')).toBeDefined()

    await pick(ports, 'Offer v2.pdf', Buffer.from('%PDF-1.4 second'))
    button('Replace the letter…')!.click()
    await settle()
    const replacement = files.value[0]!
    expect(files.value.map((f) => f.name)).toEqual(['Offer v2.pdf'])
    const undo = useUndoStore()
    expect(undo.toasts.map((t) => t.text)).toEqual(['Replaced Offer v1.pdf with Offer v2.pdf.'])

    await undo.undo(undo.toasts[0]!.id)
    await settle()
    expect(files.value).toEqual([old])
    expect(await stored(ports)).toEqual([old.fileId])
    expect(replacement.fileId).not.toBe(old.fileId)
  })

  it('in a form not yet saved, removes without Undo and leaves the file to the form', async () => {
    const { files, ports } = await mount({ single: true, draft: true })
    await pick(ports, 'Offer.pdf', Buffer.from('%PDF-1.4 offer'))
    button('Attach the letter…')!.click()
    await settle()
    button('Remove Offer.pdf')!.click()
    await settle()
    expect(files.value).toEqual([])
    expect(useUndoStore().toasts).toEqual([])
    expect(text()).toContain('Removed Offer.pdf.')
    expect(await stored(ports)).toHaveLength(1)
  })

  it('saves a decrypted copy where the user picks, byte for byte', async () => {
    const { ports } = await mount()
    await pick(ports, 'Card.png', PIXEL)
    button('Attach a file…')!.click()
    await settle()
    const target = join(ports.documentsDir, 'Copy of card.png')
    ports.dialog.saves.push(target)
    button('Save a copy of Card.png')!.click()
    await settle()
    expect(Buffer.compare(await readFile(target), PIXEL)).toBe(0)
    expect(text()).toContain('Saved a copy of Card.png.')
    expect(ports.dialog.asked.at(-1)).toMatchObject({ kind: 'save', title: 'Save a copy' })
  })

  it('explains a stored file that has gone missing or was damaged, when saving a copy', async () => {
    const { files, ports } = await mount()
    await pick(ports, 'Card.png', PIXEL)
    button('Attach a file…')!.click()
    await settle()
    const stored = join(ports.dataDir, 'attachments', files.value[0]!.fileId)
    const encrypted = await readFile(stored)
    encrypted[encrypted.length - 5]! ^= 1
    await writeFile(stored, encrypted)
    ports.dialog.saves.push(join(ports.documentsDir, 'copy.png'))
    button('Save a copy of Card.png')!.click()
    await settle()
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'This attachment is damaged and cannot be opened.',
    )

    await rm(stored)
    button('Save a copy of Card.png')!.click()
    await settle()
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'That file could not be found or read.',
    )
    // Nothing was written where the copy would have gone.
    expect(await readdir(ports.documentsDir)).toEqual(['Card.png'])
  })

  it('previews a picture in a dialog and offers no preview for other kinds', async () => {
    const { ports } = await mount()
    await pick(ports, 'Card.png', PIXEL)
    await pick(ports, 'Notes.docx', Buffer.from('PK not really a document'))
    button('Attach a file…')!.click()
    await settle()
    button('Attach a file…')!.click()
    await settle()
    expect(button('Preview Notes.docx')).toBeUndefined()
    expect(text()).toContain('Word document')

    button('Preview Card.png')!.click()
    await settle()
    const dialog = root.querySelector('dialog')!
    expect(dialog.querySelector('h2')?.textContent).toBe('Card.png')
    expect(dialog.querySelector('img')?.getAttribute('src')).toMatch(/^blob:/)
    ;[...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Close')!.click()
    await settle()
    expect(root.querySelector('dialog')).toBeNull()
  })

  it('explains a file named .pdf that is not a PDF, and still saves a copy of it', async () => {
    const { ports } = await mount()
    await pick(ports, 'Letter.pdf', PIXEL)
    button('Attach a file…')!.click()
    await settle()

    button('Preview Letter.pdf')!.click()
    await settle()
    const dialog = root.querySelector('dialog')!
    expect(dialog.querySelector('[role="alert"]')?.textContent).toBe(
      'This file is named as a PDF but cannot be read as one; it may be damaged. Save a copy to try it in another app.',
    )
    expect(dialog.querySelector('canvas, iframe')).toBeNull()
    const copy = join(ports.documentsDir, 'Letter copy.pdf')
    ports.dialog.saves.push(copy)
    ;[...dialog.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Save a copy…')!
      .click()
    await settle()
    expect(dialog.textContent).toContain('Copy saved.')
    expect(Buffer.compare(await readFile(copy), PIXEL)).toBe(0)
  })

  it('says a synced file is on its way, and shows it as usual once it is here', async () => {
    const { files, ports } = await mount()
    await pick(ports, 'Carte de visite — Zoë Ångström.png', PIXEL)
    button('Attach a file…')!.click()
    await settle()
    const [file] = files.value
    expect(file!.digest).toMatch(/^[0-9a-f]{64}$/)
    // As on a computer the record reached before its file did.
    const sealed = join(ports.dataDir, 'attachments', file!.fileId)
    await rename(sealed, join(ports.documentsDir, 'away'))
    files.value = []
    await settle()
    files.value = [file!]
    await settle()
    await settle()
    expect(text()).toContain('On its way from your other computer')
    expect(button(`Preview ${file!.name}`)).toBeUndefined()
    expect(button(`Save a copy of ${file!.name}`)).toBeUndefined()
    button(`Check again for ${file!.name}`)!.click()
    await settle()
    await settle()
    expect(text()).toContain('has not arrived yet. Afterview keeps looking for it.')

    await rename(join(ports.documentsDir, 'away'), sealed)
    button(`Check again for ${file!.name}`)!.click()
    await settle()
    await settle()
    expect(text()).toContain(`${file!.name} has arrived.`)
    expect(text()).not.toContain('On its way')
    expect(button(`Preview ${file!.name}`)).toBeDefined()
  })
})
