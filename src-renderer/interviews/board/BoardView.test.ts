import { describe, expect, it } from 'vitest'
import { createApp, nextTick } from 'vue'
import { createPinia } from 'pinia'
import { acme, countingIds } from '@shared/domain/testData'
import { STAGES } from '@shared/domain/stages'
import { useBoardStore } from '../store'
import BoardView from './BoardView.vue'

describe('the board with a thousand opportunities', () => {
  it('renders only the cards in view, so long columns stay responsive', async () => {
    const pinia = createPinia()
    const host = document.createElement('div')
    document.body.append(host)
    const app = createApp(BoardView).use(pinia)
    const board = useBoardStore(pinia)
    const ids = countingIds('o')
    board.opportunities = Array.from({ length: 1000 }, (_, i) => ({
      ...acme(ids),
      company: `Company ${i}`,
      stage: STAGES[i % 4]!,
    }))
    const started = performance.now()
    app.mount(host)
    await nextTick()
    const elapsed = performance.now() - started
    const cards = host.querySelectorAll('[data-testid="card"]').length
    expect(cards).toBeGreaterThan(0)
    expect(cards).toBeLessThan(100)
    // Every column still says how many it holds.
    expect(host.textContent).toContain('Interviewed 250')
    expect(elapsed).toBeLessThan(5000)
    app.unmount()
  })
})
