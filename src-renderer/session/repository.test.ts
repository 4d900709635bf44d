import { describe, expect, it } from 'vitest'
import type { UnreadableRecord } from '../vault/recordStore'
import { createdVault } from '../../tests/support/rendererVault'
import { createRepository, fromReader, type SaveState } from './repository'

interface Note {
  text: string
}

const readNote = fromReader<Note>((value) =>
  typeof value === 'object' && value !== null && typeof (value as Note).text === 'string'
    ? { text: (value as Note).text }
    : null,
)

/** A repository of notes over a real vault, with what it reported and whether it was ended. */
async function notes() {
  const reported: UnreadableRecord[] = []
  const { vault } = await createdVault('repository', (rows) => reported.push(...rows))
  let ended = false
  const repository = createRepository(
    { records: vault.records, disposed: () => ended },
    'notes',
    readNote,
  )
  return { vault, repository, reported, end: () => (ended = true) }
}

describe('a repository', () => {
  it('updates the state only after the write, and writes one change after the other', async () => {
    const { vault, repository } = await notes()
    let shown: Note[] = []
    const states: SaveState['status'][] = []
    const first = repository.save(
      'n1',
      () => ({ text: 'one' }),
      (note) => {
        states.push(repository.state.value.status)
        shown = [note]
      },
    )
    // The second change is computed from what the first left on screen.
    const second = repository.save(
      'n1',
      () => ({ text: `${shown[0]?.text} and two` }),
      (note) => (shown = [note]),
    )
    expect(shown).toEqual([])
    expect(repository.state.value).toEqual({ status: 'saving' })
    await first
    await second
    expect(states).toEqual(['saving'])
    expect(shown).toEqual([{ text: 'one and two' }])
    expect(repository.state.value).toEqual({ status: 'saved' })
    expect(await vault.records.get('notes', 'n1')).toEqual({ text: 'one and two' })
  })

  it('reports a row that fails its check, keeps it, and loads the others', async () => {
    const { vault, repository, reported } = await notes()
    await vault.records.put('notes', 'good', { text: 'kept' })
    await vault.records.put('notes', 'bad', { words: 'not a note' })
    const loaded = await repository.load()
    expect(loaded.rows).toEqual([{ id: 'good', value: { text: 'kept' } }])
    expect(loaded.unreadable).toEqual([{ table: 'notes', id: 'bad', kind: 'corrupt-record' }])
    expect(reported).toEqual(loaded.unreadable)
    expect(await vault.records.get('notes', 'bad')).toEqual({ words: 'not a note' })
  })

  it('refuses to write a value its check refuses, and says so in the save state', async () => {
    const { vault, repository } = await notes()
    let applied = false
    await expect(
      repository.save(
        'n1',
        () => ({ words: 'no text' }) as unknown as Note,
        () => (applied = true),
      ),
    ).rejects.toThrow(/schema/)
    expect(applied).toBe(false)
    expect(repository.state.value).toEqual({ status: 'failed', kind: 'invalid-record' })
    expect(await vault.records.get('notes', 'n1')).toBeUndefined()
  })

  it('fails with `locked` once the vault locks, leaving the state as it was', async () => {
    const { vault, repository } = await notes()
    vault.lock()
    let applied = false
    await expect(
      repository.save(
        'n1',
        () => ({ text: 'late' }),
        () => (applied = true),
      ),
    ).rejects.toMatchObject({ kind: 'locked' })
    expect(applied).toBe(false)
    expect(repository.state.value).toEqual({ status: 'failed', kind: 'locked' })
    // A later write still runs: one failure does not stop the queue.
    await vault.unlock('a long passphrase')
    await repository.save('n1', () => ({ text: 'after' }))
    expect(repository.state.value).toEqual({ status: 'saved' })
  })

  it('applies nothing read or written after its session ended', async () => {
    const { repository, end } = await notes()
    let applied = false
    const pending = repository.save(
      'n1',
      () => ({ text: 'racing the lock' }),
      () => (applied = true),
    )
    end()
    await expect(pending).rejects.toMatchObject({ kind: 'locked' })
    await expect(repository.load()).rejects.toMatchObject({ kind: 'locked' })
    expect(applied).toBe(false)
  })

  it('removes a row, then applies', async () => {
    const { vault, repository } = await notes()
    await repository.save('n1', () => ({ text: 'gone soon' }))
    const order: string[] = []
    await repository.remove('n1', () => order.push('applied'))
    expect(order).toEqual(['applied'])
    expect(await vault.records.get('notes', 'n1')).toBeUndefined()
  })

  it('settles only once the writes asked for while it waited have finished too', async () => {
    const { repository } = await notes()
    const written: string[] = []
    void repository.save(
      'n1',
      () => ({ text: 'first' }),
      () => {
        written.push('first')
        // Asked for while `settled` waits on the first write.
        void repository.save(
          'n1',
          () => ({ text: 'second' }),
          () => written.push('second'),
        )
      },
    )
    await repository.settled()
    expect(written).toEqual(['first', 'second'])
    expect(repository.state.value).toEqual({ status: 'saved' })
  })
})
