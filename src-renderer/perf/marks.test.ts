import { afterEach, describe, expect, it } from 'vitest'
import { mark, markAfterPaint, resetStartupMarks, startupMarks } from './marks'

afterEach(() => resetStartupMarks())

describe('startup marks', () => {
  it('records marks under the afterview/ prefix, in order', () => {
    mark('willUnlock')
    mark('didDeriveKey')
    performance.mark('someone-else')
    const marks = startupMarks()
    expect(marks.map((m) => m.name)).toEqual(['willUnlock', 'didDeriveKey'])
    expect(marks[1]!.startTime).toBeGreaterThanOrEqual(marks[0]!.startTime)
    expect(performance.getEntriesByName('afterview/willUnlock')).toHaveLength(1)
  })

  it('forgets the previous unlock’s marks', () => {
    mark('willUnlock')
    resetStartupMarks()
    mark('willUnlock')
    expect(startupMarks()).toHaveLength(1)
  })

  it('marks after the next frame, not before', async () => {
    const painted = markAfterPaint('didRenderBoard')
    expect(startupMarks()).toEqual([])
    await painted
    expect(startupMarks().map((m) => m.name)).toEqual(['didRenderBoard'])
  })
})
