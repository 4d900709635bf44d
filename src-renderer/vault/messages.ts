/**
 * Every sentence the vault shows when something fails, in one map from error kind to words.
 * Kinds come from VaultError (formats, key flows), HostError (main's file handling) and the PDF
 * preview (pdf.ts).
 */
import type { VaultErrorKind } from '@shared/vault/errors'
import type { PdfProblem } from '../attachments/pdf'

/** Kinds of HostError main reports (see src-shared/ipc/errors.ts). */
type HostKind =
  | 'unknown-channel'
  | 'invalid-payload'
  | 'untrusted-sender'
  | 'cancelled'
  | 'not-found'
  | 'too-large'
  | 'io'
  | 'refused-url'
  | 'internal'

type Kind = VaultErrorKind | HostKind | PdfProblem | 'weak-passphrase' | 'mismatch'

/** The sentence for each kind of failure. */
export const MESSAGES: Record<Kind, string> = {
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
  'unknown-key': 'This item was saved with a different key, so it cannot be read here.',
  'not-an-attachment': 'This is not a file that Afterview stored.',
  'corrupt-attachment': 'This attachment is damaged and cannot be opened.',
  'truncated-attachment': 'This attachment is incomplete and cannot be opened.',
  'unreadable-pdf':
    'This file is named as a PDF but cannot be read as one; it may be damaged. Save a copy to try it in another app.',
  'protected-pdf':
    'This PDF is locked with a password, so it cannot be shown here. Save a copy and open it in a PDF reader, which will ask for the password.',
  'not-a-backup': 'This file is not an Afterview backup.',
  'corrupt-payload': 'The backup opened, but its contents are damaged. Nothing was changed.',
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
  internal: 'Something went wrong inside Afterview. Try again.',
  'weak-passphrase': 'Choose a stronger passphrase: a few unrelated words work well.',
  mismatch: 'The two passphrases are not the same.',
}

/** The sentence for an error of any kind (a generic one for unexpected errors). */
export function messageFor(error: unknown): string {
  const kind =
    typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : error
  if (typeof kind === 'string' && Object.hasOwn(MESSAGES, kind)) return MESSAGES[kind as Kind]
  return MESSAGES.internal
}

/** The kind of an error, when it has one. */
export function kindOf(error: unknown): string | null {
  const kind =
    typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : null
  return typeof kind === 'string' ? kind : null
}
