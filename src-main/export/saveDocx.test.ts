import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { docxToBase64 } from '@shared/export/document'
import { buildNegotiationNotes } from '@shared/export/negotiationNotes'
import { dispatch } from '../ipc/dispatch'
import { buildHandlers } from '../ipc/handlers'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'
import { readDocx } from '../../tests/support/readDocx'
import { sampleNotes } from '../../tests/support/exportSamples'

let ports: TestPorts | null = null
afterEach(async () => {
  await ports?.dispose()
  ports = null
})

async function save(payload: unknown) {
  ports = ports ?? (await createTestPorts())
  return dispatch(buildHandlers(ports.ports), 'export/save-docx', payload)
}

const notes = () => docxToBase64(buildNegotiationNotes(sampleNotes))

describe('export/save-docx', () => {
  it('asks where to save, writes the document there and answers with the file name only', async () => {
    const answer = await save({ suggestedName: 'Negotiation notes', base64: await notes() })
    expect(answer).toMatchObject({ ok: true, value: { fileName: 'Negotiation notes.docx' } })
    expect(ports!.saveDialog.asked).toEqual([
      { suggestedName: 'Negotiation notes.docx', kind: 'docx' },
    ])
    const written = await readFile(ports!.saveDialog.saved[0]!)
    expect(readDocx(written).paragraphs).toContain(sampleNotes.verdict!)
  })

  it('adds the .docx extension when the user typed a name without it', async () => {
    ports = await createTestPorts()
    ports.saveDialog.answers.push('my notes')
    const answer = await save({ suggestedName: 'Notes.docx', base64: await notes() })
    expect(answer).toMatchObject({ ok: true, value: { fileName: 'my notes.docx' } })
  })

  it('reports a cancelled dialog as cancelled and writes nothing', async () => {
    ports = await createTestPorts()
    ports.saveDialog.answers.push(null)
    const answer = await save({ suggestedName: 'Notes', base64: await notes() })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    expect(await readdir(ports.saveDialog.folder)).toEqual([])
  })

  it('refuses bytes that are not a Word document without asking the user', async () => {
    const answer = await save({
      suggestedName: 'Notes',
      base64: Buffer.from('hello!').toString('base64'),
    })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    expect(ports!.saveDialog.asked).toEqual([])
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
  })

  it('reports a folder that cannot be written as an io error', async () => {
    ports = await createTestPorts()
    ports.saveDialog.answers.push(join('missing-folder', 'notes.docx'))
    const answer = await save({ suggestedName: 'Notes', base64: await notes() })
    expect(answer).toMatchObject({ ok: false, error: { kind: 'io' } })
  })
})
