import { describe, expect, it } from 'vitest'
import { BRIDGE_ERROR_KINDS, HostError } from '@shared/ipc/errors'
import { RuleInputError } from '@shared/rules/errors'
import { VAULT_ERROR_KINDS, VaultError } from '@shared/vault/errors'
import { kindOf, messageFor, MESSAGES } from './sentences'

describe('one sentence for each kind of error', () => {
  it('has a sentence for every kind the vault and the bridge can report', () => {
    for (const kind of [...VAULT_ERROR_KINDS, ...BRIDGE_ERROR_KINDS]) {
      expect(MESSAGES[kind], kind).toMatch(/^[A-Z].*\.$/)
    }
  })

  it('words an error by its kind, whichever class carries it', () => {
    expect(messageFor(new VaultError('wrong-passphrase'))).toBe(MESSAGES['wrong-passphrase'])
    expect(messageFor(new HostError('too-large', 'over the limit'))).toBe(MESSAGES['too-large'])
    expect(messageFor(new RuleInputError('band-inverted', 'advert.pay'))).toBe(
      MESSAGES['band-inverted'],
    )
    expect(messageFor('protected-pdf')).toBe(MESSAGES['protected-pdf'])
  })

  it('falls back to the generic sentence for errors without a known kind', () => {
    expect(messageFor(new Error('boom'))).toBe(MESSAGES.internal)
    expect(messageFor({ kind: 'disk-on-fire' })).toBe(MESSAGES.internal)
    expect(messageFor(undefined)).toBe(MESSAGES.internal)
  })

  it('names only kinds it knows, so a comparison with a kind cannot be mistyped', () => {
    expect(kindOf(new HostError('cancelled', 'closed the dialog'))).toBe('cancelled')
    expect(kindOf({ kind: 'disk-on-fire' })).toBeNull()
    expect(kindOf(new Error('boom'))).toBeNull()
  })
})
