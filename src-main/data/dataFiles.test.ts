import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_CSV_BYTES, MAX_DATA_BYTES } from '@shared/ipc/contract'
import { dispatch } from '../ipc/dispatch'
import { buildHandlers } from '../ipc/handlers'
import { createTestPorts, type TestPorts } from '../../tests/support/testPorts'

let ports: TestPorts
beforeEach(async () => {
  ports = await createTestPorts({ now: Date.UTC(2026, 11, 5, 10) })
})
afterEach(async () => {
  await ports.dispose()
})

const call = (channel: 'data/save' | 'data/open-json' | 'data/open-csv', payload: unknown) =>
  dispatch(buildHandlers(ports.ports), channel, payload)
const inDocuments = (name: string) => join(ports.documentsDir, name)

describe('data/save', () => {
  it('suggests a dated name in Documents, writes the text as given and answers the name only', async () => {
    ports.dialog.saves.push(inDocuments('Mon export'))
    const text = '{"format":"afterview-export","note":"Zoë Ó Briain"}\n'
    const result = await call('data/save', { kind: 'json', text })
    expect(result).toEqual({
      ok: true,
      value: { fileName: 'Mon export.json', bytes: Buffer.byteLength(text) },
    })
    expect(ports.dialog.asked[0]).toMatchObject({
      kind: 'save',
      defaultPath: inDocuments('Afterview export 2026-12-05.json'),
    })
    expect(await readFile(inDocuments('Mon export.json'), 'utf8')).toBe(text)
  })

  it('saves CSV under .csv, and refuses JSON that is not JSON without asking', async () => {
    ports.dialog.saves.push(inDocuments('apps.CSV'))
    expect(await call('data/save', { kind: 'csv', text: '\uFEFFCompany\r\n' })).toMatchObject({
      ok: true,
      value: { fileName: 'apps.CSV' },
    })
    const bad = await call('data/save', { kind: 'json', text: '{"cut off' })
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } })
    expect(ports.dialog.asked).toHaveLength(1)
  })

  it('writes nothing when the user cancels', async () => {
    const result = await call('data/save', { kind: 'csv', text: 'x' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    expect(await readdir(ports.documentsDir)).toEqual([])
  })
})

describe('data/open-json', () => {
  it('answers the chosen file’s name and text, without a byte-order mark', async () => {
    await writeFile(inDocuments('export.json'), '\uFEFF{"a": "Siobhán"}')
    ports.dialog.opens.push(inDocuments('export.json'))
    expect(await call('data/open-json', {})).toEqual({
      ok: true,
      value: { fileName: 'export.json', text: '{"a": "Siobhán"}' },
    })
  })

  it('refuses a file that is not UTF-8 text, a folder, and one too large to import', async () => {
    await writeFile(inDocuments('utf16.json'), Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0xd8, 0x00]))
    ports.dialog.opens.push(inDocuments('utf16.json'))
    expect(await call('data/open-json', {})).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload' },
    })
    ports.dialog.opens.push(ports.documentsDir)
    expect(await call('data/open-json', {})).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    })
    await writeFile(inDocuments('huge.json'), Buffer.alloc(MAX_DATA_BYTES + 1, 0x20))
    ports.dialog.opens.push(inDocuments('huge.json'))
    expect(await call('data/open-json', {})).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    })
  })

  it('answers cancelled when the user closes the dialog', async () => {
    expect(await call('data/open-json', {})).toMatchObject({
      ok: false,
      error: { kind: 'cancelled' },
    })
  })
})

describe('data/open-csv', () => {
  it('answers the chosen file’s name and its bytes untouched, whatever their encoding', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0xe9, 0x00])
    await writeFile(inDocuments('sheet.csv'), bytes)
    ports.dialog.opens.push(inDocuments('sheet.csv'))
    expect(await call('data/open-csv', {})).toEqual({
      ok: true,
      value: { fileName: 'sheet.csv', dataB64: bytes.toString('base64') },
    })
    expect(ports.dialog.asked.at(-1)).toMatchObject({ kind: 'open' })
  })

  it('refuses a file over 50 MB without reading it, and answers cancelled when none is chosen', async () => {
    await writeFile(inDocuments('huge.csv'), Buffer.alloc(MAX_CSV_BYTES + 1, 0x41))
    ports.dialog.opens.push(inDocuments('huge.csv'))
    expect(await call('data/open-csv', {})).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    })
    expect(await call('data/open-csv', {})).toMatchObject({
      ok: false,
      error: { kind: 'cancelled' },
    })
  })
})
