import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docxToBase64 } from '@shared/export/document'
import { buildNegotiationNotes } from '@shared/export/negotiationNotes'
import { dispatch } from '../ipc/dispatch'
import { buildHandlers } from '../ipc/handlers'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'
import { readDocx } from '../../tests/support/readDocx'
import { sampleNotes } from '../../tests/support/exportSamples'

let ports: TestPorts
beforeEach(async () => {
  ports = await createTestPorts()
})
afterEach(async () => {
  await ports.dispose()
})

const save = (payload: unknown) => dispatch(buildHandlers(ports.ports), 'export/save-docx', payload)
const notes = () => docxToBase64(buildNegotiationNotes(sampleNotes))
/** The dialog's next answer: a file in the temp documents folder. */
const answer = (name: string) => {
  const path = join(ports.documentsDir, name)
  ports.dialog.saves.push(path)
  return path
}

describe('export/save-docx', () => {
  it('asks where to save from Documents, writes the document there and answers with the name only', async () => {
    const path = answer('Negotiation notes.docx')
    const result = await save({ suggestedName: 'Negotiation notes', base64: await notes() })
    expect(result).toEqual({
      ok: true,
      value: { fileName: 'Negotiation notes.docx', bytes: expect.any(Number) },
    })
    expect(ports.dialog.asked).toEqual([
      {
        kind: 'save',
        title: 'Save the Word document',
        defaultPath: join(ports.documentsDir, 'Negotiation notes.docx'),
      },
    ])
    const text = readDocx(await readFile(path)).paragraphs.join('\n')
    expect(text).toContain(sampleNotes.verdict!)
  })

  it('adds the .docx extension when the user typed a name without it', async () => {
    answer('my notes')
    const result = await save({ suggestedName: 'Notes.docx', base64: await notes() })
    expect(result).toMatchObject({ ok: true, value: { fileName: 'my notes.docx' } })
  })

  it('reports a cancelled dialog as cancelled and writes nothing', async () => {
    const result = await save({ suggestedName: 'Notes', base64: await notes() })
    expect(result).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    expect(await readdir(ports.documentsDir)).toEqual([])
  })

  it('refuses bytes that are not a Word document without asking the user', async () => {
    const base64 = Buffer.from('hello!').toString('base64')
    const result = await save({ suggestedName: 'Notes', base64 })
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    expect(ports.dialog.asked).toEqual([])
  })

  it('refuses names with folders in them, extra fields and oversized payloads', async () => {
    const base64 = await notes()
    for (const payload of [
      { suggestedName: '../../etc/passwd', base64 },
      { suggestedName: 'C:\\Windows\\x', base64 },
      { suggestedName: '.hidden', base64 },
      { suggestedName: 'x'.repeat(121), base64 },
      { suggestedName: 'Notes', base64, path: '/tmp/x.docx' },
      { suggestedName: 'Notes', base64: 'not base64!' },
      { suggestedName: 'Notes', base64: 'A'.repeat(12 * 1024 * 1024) },
    ]) {
      expect(await save(payload)).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    }
    expect(ports.dialog.asked).toEqual([])
  })

  it('reports a folder that cannot be written as an io error', async () => {
    answer(join('missing-folder', 'notes.docx'))
    const result = await save({ suggestedName: 'Notes', base64: await notes() })
    expect(result).toMatchObject({ ok: false, error: { kind: 'io' } })
  })
})
