/**
 * Timing a user action in the page, from the input event to its visible effect. The probe is
 * installed with page.evaluate (self-contained: it is serialised into the page), armed on an
 * element before the action, and answers the milliseconds from the input event's timestamp (when
 * the browser received the key or click, so time spent queued behind other work counts) to the
 * first change of that element, or to the frame painted after it.
 */
import type { Page } from '@playwright/test'

/** What the probe waits for after the input. */
export interface ProbeTarget {
  /** CSS selector of the element whose subtree changes. */
  selector: string
  /** Only a change after which the element's text matches this pattern counts. */
  text?: string
  /** Stop at the change itself (e.g. "persisted"), or at the frame painted after it. */
  until: 'change' | 'paint'
  /** Give up after this many milliseconds. */
  timeoutMs: number
}

interface ProbeWindow {
  __afterviewProbe?: {
    arm(target: ProbeTarget): void
    result: Promise<number> | null
  }
}

function install(): void {
  const w = window as unknown as ProbeWindow
  if (w.__afterviewProbe) return
  let lastInput = 0
  const onInput = (event: Event) => {
    lastInput = event.timeStamp
  }
  window.addEventListener('keydown', onInput, { capture: true })
  window.addEventListener('click', onInput, { capture: true })
  const probe: NonNullable<ProbeWindow['__afterviewProbe']> = {
    result: null,
    arm(target) {
      const armedAt = performance.now()
      lastInput = 0
      probe.result = new Promise<number>((resolve, reject) => {
        const element = document.querySelector(target.selector)
        if (!element) return reject(new Error(`No element matches ${target.selector}`))
        const pattern = target.text ? new RegExp(target.text) : null
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(new Error(`Nothing changed in ${target.selector} within ${target.timeoutMs} ms`))
        }, target.timeoutMs)
        const done = () => {
          const start = lastInput >= armedAt ? lastInput : armedAt
          resolve(performance.now() - start)
        }
        const observer = new MutationObserver(() => {
          if (lastInput === 0) return
          if (pattern && !pattern.test(element.textContent ?? '')) return
          observer.disconnect()
          clearTimeout(timer)
          if (target.until === 'change') return done()
          requestAnimationFrame(() => {
            // The very next task after the frame: the frame is painted and input is answered.
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              channel.port1.close()
              done()
            }
            channel.port2.postMessage(null)
          })
        })
        observer.observe(element, { subtree: true, childList: true, characterData: true })
      })
    },
  }
  w.__afterviewProbe = probe
}

/**
 * Times `act` (a key press or a click Playwright performs) until `target` changes. The probe is
 * armed in its own evaluation first, so the input cannot overtake it.
 */
export async function timeAction(
  page: Page,
  target: ProbeTarget,
  act: () => Promise<void>,
): Promise<number> {
  await page.evaluate(install)
  await page.evaluate((t) => (window as unknown as ProbeWindow).__afterviewProbe!.arm(t), target)
  await act()
  return page.evaluate(() => (window as unknown as ProbeWindow).__afterviewProbe!.result!)
}
