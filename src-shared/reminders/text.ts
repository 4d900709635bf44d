/**
 * The words of OS notifications. Notifications can show on a locked screen, so the generic texts
 * name no company and no person; only `detailed` passes the renderer's own words through.
 */

/** A title and body for the operating system's notification. */
export interface NotificationText {
  title: string
  body: string
}

function followUps(count: number): string {
  return count === 1 ? 'A follow-up is due' : `${count} follow-ups are due`
}

/** One or more actions came due while main knows no details (locked, or details not allowed). */
export function genericText(count: number, locked: boolean): NotificationText {
  return {
    title: followUps(count),
    body: locked
      ? 'Unlock Afterview to see what it is and who it is for.'
      : 'Open Afterview to see what to do next.',
  }
}

/** Several actions came due while the computer slept, Afterview was closed or quiet hours ran. */
export function summaryText(count: number, locked: boolean): NotificationText {
  return {
    title: `${followUps(count)} while you were away`,
    body: locked
      ? 'Unlock Afterview to catch up on them.'
      : 'Open Afterview to catch up on them, one at a time.',
  }
}

/** One action with the details the renderer wrote, shown only while unlocked and allowed. */
export function detailedText(title: string, body: string | undefined): NotificationText {
  return { title, body: body ?? 'Open Afterview to see the draft.' }
}
