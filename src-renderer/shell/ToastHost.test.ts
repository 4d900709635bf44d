import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { useUndoStore, TOAST_MS } from './undo'
import ToastHost from './ToastHost.vue'

afterEach(() => {
  vi.useRealTimers()
  document.body.replaceChildren()
})

function mount() {
  const pinia = createPinia()
  const host = document.createElement('div')
  document.body.append(host)
  const app = createApp(ToastHost).use(pinia)
  app.mount(host)
  return { app, host, undo: useUndoStore(pinia) }
}

const ctrlZ = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))

describe('toasts from the keyboard', () => {
  it('Ctrl+Z takes back the newest change that can be undone', async () => {
    const { app, undo } = mount()
    const undone: string[] = []
    undo.show('Deleted Acme Ltd.', async () => void undone.push('acme'))
    undo.show('Moved Globex to Offer.', async () => void undone.push('globex'))
    undo.show('Saved.')
    ctrlZ()
    await vi.waitFor(() => expect(undone).toEqual(['globex']))
    app.unmount()
  })

  it('leaves Ctrl+Z to a text field that has focus', async () => {
    const { app, undo } = mount()
    const input = document.createElement('input')
    document.body.append(input)
    input.focus()
    const undone: string[] = []
    undo.show('Deleted Acme Ltd.', async () => void undone.push('acme'))
    ctrlZ()
    await Promise.resolve()
    expect(undone).toEqual([])
    expect(undo.toasts).toHaveLength(1)
    app.unmount()
  })

  it('keeps a toast while focus is on it', async () => {
    vi.useFakeTimers()
    const { app, host, undo } = mount()
    undo.show('Deleted Acme Ltd.', async () => {})
    await vi.waitFor(() => expect(host.querySelector('[data-testid="toast"]')).not.toBeNull())
    const toast = host.querySelector('[data-testid="toast"]')!
    toast.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    vi.advanceTimersByTime(TOAST_MS * 3)
    expect(undo.toasts).toHaveLength(1)
    toast.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))
    vi.advanceTimersByTime(TOAST_MS + 1)
    expect(undo.toasts).toHaveLength(0)
    app.unmount()
  })
})
