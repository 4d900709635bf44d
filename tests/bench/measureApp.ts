/**
 * The app's half of one benchmark run, driven through the UI as a user would: unlock on the lock
 * screen, read the startup marks, weigh the heap, then search, move a card and export a Word
 * document, each timed from the input event to its effect.
 */
import type { Page } from '@playwright/test'
import { MARK_PREFIX, type StartupMark } from '../../src-renderer/perf/marks'
import { unlock } from '../e2e/support/vault'
import { timeAction } from './probe'

/** The figures measured in the app (the floor is measured separately). */
export interface AppFigures {
  lockPaintMs: number
  deriveMs: number
  loadMs: number
  boardMs: number
  moveMs: number
  searchMs: number
  exportMs: number
  heapMiB: number
}

/** What a run needs. */
export interface AppRun {
  passphrase: string
  /** Weighs the JS heap after a garbage collection, in MiB. */
  heap(): Promise<number>
  /** Runs after the load is measured and the heap weighed, before any other action. */
  afterLoad(): Promise<void>
  /** Tells the test save dialog where the next Word file goes (a new path each time). */
  answerSaveDialog(): void
  /** When set, a CPU profile is taken from the unlock until the first screen is painted. */
  profileUnlock?: { start(): Promise<void>; stop(): Promise<void> }
}

const LOAD_TIMEOUT = 120_000

async function marks(page: Page): Promise<Map<StartupMark, number>> {
  const entries = await page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith(prefix))
        .map((m) => [m.name.slice(prefix.length), m.startTime] as const),
    MARK_PREFIX,
  )
  return new Map(entries as [StartupMark, number][])
}

function between(m: Map<StartupMark, number>, from: StartupMark, to: StartupMark): number {
  const a = m.get(from)
  const b = m.get(to)
  if (a === undefined || b === undefined) {
    throw new Error(`The app set no ${a === undefined ? from : to} mark`)
  }
  return b - a
}

/** When the page's first contentful paint happened (the lock screen is the first content). */
async function firstPaint(page: Page): Promise<number> {
  const paint = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  )
  return (await paint.jsonValue()) as number
}

/** Unlocks through the lock screen and waits until the first screen is painted. */
async function unlockAndWait(page: Page, passphrase: string): Promise<void> {
  await unlock(page, passphrase)
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    `${MARK_PREFIX}didRenderBoard`,
    { timeout: LOAD_TIMEOUT, polling: 50 },
  )
}

/** The keystroke that clears a search, until the columns show every card again. */
async function search(page: Page): Promise<number> {
  const box = page.locator('#board-search')
  await box.focus()
  const target = { selector: '.columns', until: 'paint', timeoutMs: 10_000 } as const
  // Search reads notes and topics too, so a single letter may match every card and change
  // nothing on screen. With a card's company in the box (two or three cards shown), the keystroke
  // that clears it brings every card back: it filters them all.
  const company = (await page.locator('[data-testid="card"] .company').first().textContent()) ?? ''
  await box.fill(company.trim())
  await page.locator('[data-testid="card"]').nth(0).waitFor()
  await box.selectText()
  return timeAction(page, target, () => box.press('Backspace'))
}

/** Moves the first Interviewed card to Followed up with the keyboard, until it is persisted. */
async function move(page: Page): Promise<number> {
  const card = page.getByTestId('column-interviewed').getByTestId('card').first()
  const open = card.getByRole('button').first()
  await open.focus()
  return timeAction(
    page,
    // The store announces the move only after the record is written to IndexedDB.
    {
      selector: '[data-testid="announcer"]',
      text: '^\\s*Moved ',
      until: 'change',
      timeoutMs: 10_000,
    },
    () => open.press('Shift+ArrowRight'),
  )
}

/**
 * Waits until the page has nothing left to do (an idle period), at most `timeoutMs`: a user's
 * first keystroke or click comes a moment after a screen appears, not while it is still being
 * prepared in the background (Today's planning, the board's search texts).
 */
async function settle(page: Page, timeoutMs = 2000): Promise<void> {
  await page.evaluate(
    (timeout) => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout })),
    timeoutMs,
  )
}

function section(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name })
}

/** Saves the negotiation notes of the vault's offer, until main has written the Word file. */
async function exportDocx(page: Page, run: AppRun): Promise<number> {
  await section(page, 'Offers').click()
  const button = page.getByRole('button', { name: 'Save the negotiation notes…' })
  await button.waitFor()
  await settle(page)
  run.answerSaveDialog()
  return timeAction(
    page,
    // ExportCard says "Saved as …" once main answered that the file is written.
    { selector: '.exports', text: 'Saved as ', until: 'change', timeoutMs: 30_000 },
    () => button.click(),
  )
}

/** Measures one run in a freshly loaded page that shows the lock screen. */
export async function measureApp(page: Page, run: AppRun): Promise<AppFigures> {
  const lockPaintMs = await firstPaint(page)
  await run.profileUnlock?.start()
  await unlockAndWait(page, run.passphrase)
  await run.profileUnlock?.stop()
  const m = await marks(page)
  const heapMiB = await run.heap()
  // The floor runs on an idle page, as the load did (Today is planned only after it).
  await settle(page, 20_000)
  await run.afterLoad()
  // The app opens on Today once there are records; search and moves happen on the board.
  await section(page, 'Board').click()
  await page.locator('#board-search').waitFor()
  await settle(page)
  const searchMs = await search(page)
  await settle(page)
  const moveMs = await move(page)
  const exportMs = await exportDocx(page, run)
  return {
    lockPaintMs,
    deriveMs: between(m, 'willDeriveKey', 'didDeriveKey'),
    loadMs: between(m, 'willLoadRecords', 'didLoadRecords'),
    boardMs: between(m, 'didLoadRecords', 'didRenderBoard'),
    moveMs,
    searchMs,
    exportMs,
    heapMiB,
  }
}
