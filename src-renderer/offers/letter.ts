/** How the offer letter's card reads, the same in the offer form and on the saved offer. */
export const LETTER_CARD = {
  title: 'The offer letter',
  single: true,
  emptyText: 'No letter attached yet.',
  addLabel: 'Attach the letter…',
  replaceLabel: 'Replace the letter…',
} as const
