import { describe, expect, it } from 'vitest'
import { inBatches } from './inBatches'

describe('file calls in batches', () => {
  it('answers in the items’ order, with never more than a batch open at once', async () => {
    let open = 0
    let most = 0
    const names = Array.from({ length: 70 }, (_, i) => `Zoë Ångström ${i}.pdf`)
    const answers = await inBatches(
      names,
      async (name) => {
        open++
        most = Math.max(most, open)
        await new Promise<void>((done) => queueMicrotask(done))
        open--
        return name.length
      },
      32,
    )
    expect(answers).toEqual(names.map((n) => n.length))
    expect(most).toBe(32)
  })

  it('stops at the first failure, as one awaited call after another would', async () => {
    const done: number[] = []
    const work = async (n: number) => {
      if (n === 40) throw new RangeError('disk full')
      done.push(n)
      return n
    }
    await expect(inBatches([...Array(100).keys()], work, 32)).rejects.toThrow('disk full')
    expect(Math.max(...done)).toBeLessThan(64)
  })
})
