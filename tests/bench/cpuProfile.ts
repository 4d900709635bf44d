/**
 * An optional CPU profile of the unlock (BENCH_PROFILE=folder): taken through CDP from the unlock
 * click until the first screen is painted, written as a .cpuprofile (open it in Chromium's
 * DevTools), and summed up as the functions that took the most time of their own.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserContext, CDPSession, Page } from '@playwright/test'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

/** The part of a CDP Profiler.Profile this module reads. */
export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** One line of the summary: a function and the milliseconds spent in its own code. */
export interface SelfTime {
  name: string
  ms: number
}

/** The `top` functions by self time; idle and the profiler's own entries are left out. */
export function selfTimes(profile: CpuProfile, top = 25): SelfTime[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]))
  const totals = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame
    if (!frame || ['(idle)', '(program)', '(root)'].includes(frame.functionName)) return
    const file = frame.url.split('/').pop() || '(native)'
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...totals]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
}

/** Starts and stops a sampling profile of `page`, writing it to `file` in `folder`. */
export function unlockProfiler(context: BrowserContext, page: Page, folder: string, file: string) {
  let cdp: CDPSession | undefined
  return {
    async start(): Promise<void> {
      cdp = await context.newCDPSession(page)
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
    },
    async stop(): Promise<SelfTime[]> {
      if (!cdp) throw new Error('The profiler was not started')
      const { profile } = await cdp.send('Profiler.stop')
      await cdp.detach()
      await writeFile(join(folder, file), JSON.stringify(profile))
      return selfTimes(profile as CpuProfile)
    },
  }
}
