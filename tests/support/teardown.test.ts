import { describe, expect, it } from 'vitest'
import { Teardown } from './teardown'

describe('teardown of what a test set up', () => {
  it('runs every step newest first, even after one fails, then throws that failure', async () => {
    const ran: string[] = []
    const teardown = new Teardown()
    teardown.add(() => ran.push('remove the folder'))
    teardown.add(() => {
      ran.push('close the browser')
      throw new Error('browser already gone')
    })
    teardown.add(async () => ran.push('stop the server'))
    await expect(teardown.run()).rejects.toThrow('browser already gone')
    expect(ran).toEqual(['stop the server', 'close the browser', 'remove the folder'])
  })

  it('reports every failure when several steps fail', async () => {
    const teardown = new Teardown()
    teardown.add(() => Promise.reject(new Error('first')))
    teardown.add(() => Promise.reject(new Error('second')))
    const failure = await teardown.run().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AggregateError)
    expect((failure as AggregateError).errors.map((e: Error) => e.message)).toEqual([
      'second',
      'first',
    ])
  })

  it('runs each step once', async () => {
    let runs = 0
    const teardown = new Teardown()
    teardown.add(() => runs++)
    await teardown.run()
    await teardown.run()
    expect(runs).toBe(1)
  })
})
