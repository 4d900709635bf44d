/**
 * Every sentence the app shows when something fails, in one map from error kind to words. The
 * kinds are one closed union, so a new kind without a sentence does not compile.
 */
import type { HostErrorKind } from '@shared/ipc/errors'
import type { RuleInputErrorKind } from '@shared/rules/errors'
import type { VaultErrorKind } from '@shared/vault/errors'
import type { PdfProblem } from '../attachments/pdf'
import type { AdvertFileProblem } from '../adverts/readAdvert'

/** What can be wrong with a new passphrase as the user types it (NewPassphrase.vue). */
export type PassphraseProblem = 'weak-passphrase' | 'mismatch'

/**
 * Every kind of failure the app can explain: the vault's formats and key flows (VaultError),
 * main's dialogs, files and links (HostError), bad input to the rules (RuleInputError), the PDF
 * preview and a new passphrase.
 */
export type ErrorKind =
  | VaultErrorKind
  | HostErrorKind
  | RuleInputErrorKind
  | PdfProblem
  | PassphraseProblem
  | AdvertFileProblem

/** The sentence for each kind of failure. */
export const MESSAGES: Record<ErrorKind, string> = {
  'wrong-passphrase': 'That passphrase is not right. Check that Caps Lock is off and try again.',
  'wrong-recovery-code':
    'That recovery code does not match. Check each group of four characters and try again.',
  'invalid-recovery-code':
    'A recovery code has 32 letters and digits in eight groups of four. Check what you typed.',
  'kdf-too-costly':
    'This file asks for more memory to unlock than Afterview allows, so it was not opened.',
  'kdf-too-weak': 'Afterview could not set up strong enough protection on this computer.',
  'corrupt-header': 'The part of this file that unlocks it is damaged, so it cannot be opened.',
  'unsupported-version':
    'This was made by a newer version of Afterview. Update Afterview, then try again.',
  'corrupt-record':
    'This item is damaged and cannot be read. It is kept, untouched, in case it can be recovered.',
  'invalid-record':
    'This item was saved in a form Afterview cannot use. It is kept, untouched, in case it can be recovered.',
  'rolled-back-record':
    'This item is an older copy than the one Afterview last saved: an earlier version was put back on disk. It is kept, untouched, and not used.',
  'missing-record':
    'This item was removed from disk outside Afterview. A backup made before then can bring it back.',
  'unlisted-record':
    'Afterview did not save this item in this form, so it was not used. It is kept, untouched.',
  'damaged-passphrase-slot':
    'The part of Afterview that your passphrase unlocks is damaged on disk, so no passphrase can open it. Your passphrase is not the problem. Use your recovery code instead.',
  'damaged-recovery-slot':
    'The part of Afterview that your recovery code unlocks is damaged on disk, so no code can open it. Unlock with your passphrase, then make a new recovery code in Settings.',
  'no-header-copy':
    'Afterview has no copy of its unlock information that fits the data on this computer. Restore a backup to get your data back.',
  'unknown-key': 'This item was saved with a different key, so it cannot be read here.',
  'not-an-attachment': 'This is not a file that Afterview stored.',
  'corrupt-attachment': 'This attachment is damaged and cannot be opened.',
  'truncated-attachment': 'This attachment is incomplete and cannot be opened.',
  'unreadable-pdf':
    'This file is named as a PDF but cannot be read as one; it may be damaged. Save a copy to try it in another app.',
  'empty-advert':
    'This file is empty, so there is no advert in it to read. Save the page again, or paste the advert’s text instead.',
  'not-an-advert':
    'Afterview reads adverts from saved web pages (.html), PDFs and plain text, and this file is none of those. Nothing was read or kept.',
  'scanned-pdf':
    'This PDF holds pictures of its pages but no text, as a scan does, so there is nothing to read. Paste the advert’s text instead.',
  'protected-pdf':
    'This PDF is locked with a password, so it cannot be shown here. Save a copy and open it in a PDF reader, which will ask for the password.',
  'not-a-backup': 'This file is not an Afterview backup.',
  'corrupt-payload': 'The backup opened, but its contents are damaged. Nothing was changed.',
  'rotation-pending':
    'A change of passphrase was interrupted. Unlock with the new passphrase, or with the recovery code, to finish it.',
  'unreadable-kept':
    'This item could not be read, so Afterview did not save over it. To replace it, choose “Allow saving over it” in Settings, under Items that could not be read.',
  locked: 'Afterview is locked. Unlock it and try again.',
  'vault-exists': 'Afterview is already set up on this computer.',
  'no-vault': 'Afterview has not been set up on this computer yet.',
  'too-large': 'That file is larger than 50 MB. Attach a smaller copy.',
  cancelled: 'Nothing was chosen.',
  'not-found': 'That file could not be found or read.',
  io: 'The file could not be written. Check that there is free space and try again.',
  'unknown-channel': 'Something went wrong inside Afterview. Try again.',
  'invalid-payload': 'Something went wrong inside Afterview. Try again.',
  'untrusted-sender': 'Something went wrong inside Afterview. Try again.',
  'refused-url': 'That link cannot be opened.',
  'rate-limited': 'That was asked for too many times in a row. Wait a moment and try again.',
  'no-user-gesture': 'Afterview does that only when you click or press a key. Please try again.',
  'not-in-restore':
    'Attachments can only be restored as part of a restore you started. Choose the backup again.',
  internal: 'Something went wrong inside Afterview. Try again.',
  'folder-missing':
    'The sync folder cannot be found. Check that its drive is plugged in and its sync service is signed in.',
  'disk-full': 'The sync folder’s disk or storage plan is full. Free some space there.',
  denied: 'Afterview is not allowed to use the sync folder. Check its permissions.',
  'folder-error': 'The sync folder could not be used just now. Afterview will try again.',
  'weak-passphrase': 'Choose a stronger passphrase: a few unrelated words work well.',
  mismatch: 'The two passphrases are not the same.',
  'invalid-date': 'A date is not a real date. Check the day and the month.',
  'invalid-time': 'A time is not a 24-hour time such as 09:30.',
  'invalid-time-zone': 'The time zone in Settings is not one Afterview knows. Choose it again.',
  'unknown-region': 'Afterview has no public holidays for the region in Settings. Choose another.',
  'holidays-not-loaded':
    'The public holidays of your region are still loading, or could not be loaded. Try again in a moment.',
  'band-inverted': 'The bottom of the salary band is above its top. Check the band.',
  'negative-pay': 'A pay figure is below zero. Check the amounts.',
  'not-minor-units': 'An amount has more decimal places than its currency uses.',
  'zero-hours': 'The working hours are zero. Enter the hours per week.',
  'negative-hours': 'The working hours are below zero. Check the hours per week.',
  'invalid-currency': 'A currency is not a three-letter code such as GBP.',
  'currency-mismatch': 'These amounts are in different currencies, so they were not compared.',
  'out-of-range': 'A number is outside the range Afterview accepts. Check it.',
  'invalid-instant': 'Something went wrong inside Afterview. Try again.',
  'unfilled-gap': 'Fill in the part in square brackets with your own words first.',
  'too-long': 'The message is too long to fit. Shorten it and try again.',
}

/** The sentence for an error of any kind (a generic one for unexpected errors). */
export function messageFor(error: unknown): string {
  const kind =
    typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : error
  return isErrorKind(kind) ? MESSAGES[kind] : MESSAGES.internal
}

/** The kind of an error, when it has one the app knows. */
export function kindOf(error: unknown): ErrorKind | null {
  const kind =
    typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : null
  return isErrorKind(kind) ? kind : null
}

function isErrorKind(kind: unknown): kind is ErrorKind {
  return typeof kind === 'string' && Object.hasOwn(MESSAGES, kind)
}
