/** Steps the sync specs share: two computers, each an app instance, over one folder. */
import { mkdir, rm, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, type AfterviewApp } from './app'
import { addInterview, goTo, PANEL } from './journeys'
import { TEST_PASSPHRASE } from './vault'

/** Adds an application to `company` with an interview and the usual three interviewers. */
export async function interview(page: Page, company: string): Promise<void> {
  await addInterview(page, {
    company,
    role: 'Responsable produit',
    date: '2026-02-24',
    time: '14:30',
    people: PANEL,
  })
}

/** Waits until `company` shows on the board of `app` (sync may take a pass or two). */
export async function onBoard(app: AfterviewApp, company: string): Promise<void> {
  await goTo(app.page, 'Board')
  await expect(app.page.getByText(company).first()).toBeVisible({ timeout: 20_000 })
}

/** Settings › Sync now. */
export async function syncNow(app: AfterviewApp): Promise<void> {
  await goTo(app.page, 'Settings')
  await app.page.getByTestId('sync-now').click()
}

/**
 * Pairs two computers: the laptop (with `company` already on its board) syncs through
 * `laptopFolder`, and the desktop joins through `desktopFolder` with the passphrase.
 * `onJoinForm` runs while the desktop's join form is filled in, before it is sent.
 */
export async function pair(
  laptop: AfterviewApp,
  desktop: AfterviewApp,
  folders: { laptop: string; desktop: string },
  company: string,
  onJoinForm?: () => Promise<void>,
): Promise<void> {
  await interview(laptop.page, company)
  await goTo(laptop.page, 'Settings')
  laptop.ports!.dialog.folders.push(folders.laptop)
  await laptop.page.getByTestId('sync-choose').click()
  await expect(laptop.page.getByTestId('sync-folder')).toContainText('Syncing through the folder')
  await expect(laptop.page.getByTestId('sync-status')).toContainText('last read the folder')
  await desktop.page.getByTestId('start-join').click()
  desktop.ports!.dialog.folders.push(folders.desktop)
  await desktop.page.getByTestId('join-choose').click()
  await desktop.page.getByTestId('join-passphrase').fill(TEST_PASSPHRASE)
  await onJoinForm?.()
  await desktop.page.getByTestId('join-vault').click()
  await onBoard(desktop, company)
}

/**
 * Points the link `name` under `root` at `target` (null: the folder is unreachable through it),
 * as each computer reaches a synced folder through its own copy; answers the link's path.
 */
export async function linkIn(root: string, name: string, target: string | null): Promise<string> {
  const path = join(root, name)
  await rm(path, { force: true })
  if (target) await symlink(target, path, 'dir')
  return path
}

/**
 * Makes `<root>/Afterview sync`, reached by the laptop through `<root>/laptop` and by the
 * desktop through `<root>/desktop`, and pairs the two over it (see `pair`). Answers the folder.
 */
export async function pairThroughLinks(
  root: string,
  laptop: AfterviewApp,
  desktop: AfterviewApp,
  company: string,
  onJoinForm?: () => Promise<void>,
): Promise<string> {
  const shared = join(root, 'Afterview sync')
  await mkdir(shared)
  const folders = {
    laptop: await linkIn(root, 'laptop', shared),
    desktop: await linkIn(root, 'desktop', shared),
  }
  await pair(laptop, desktop, folders, company, onJoinForm)
  return shared
}
