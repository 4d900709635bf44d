import { beforeEach, describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '@shared/ipc/urls'
import { installFakeHost, type FakeHost } from '../../reminders/fakeHost'
import { mailtoLink, openInMailApp } from './mail'

describe('mail links for drafts', () => {
  it('builds a link main will open, with subject and body encoded', () => {
    const url = mailtoLink({
      to: 'priya@acme.example',
      subject: 'Thank you & more',
      body: 'Hi Priya,\nThanks!',
    })
    expect(url).toBe(
      'mailto:priya@acme.example?subject=Thank%20you%20%26%20more&body=Hi%20Priya%2C%0D%0AThanks!',
    )
    expect(isAllowedExternalUrl(url)).toBe(true)
  })
  it('refuses an address that could smuggle extra fields', () => {
    expect(mailtoLink({ to: 'a@b.example?attach=/etc/passwd', subject: 's', body: 'b' })).toBeNull()
    expect(mailtoLink({ to: '', subject: 's', body: 'b' })).toBeNull()
  })
})

describe('opening a draft in the mail app', () => {
  let host: FakeHost
  let clipboard: string
  beforeEach(() => {
    host = installFakeHost()
    clipboard = ''
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (clipboard = text) },
    })
  })
  const opened = () => host.calls.filter((c) => c.channel === 'shell/open-external')
  const siobhan = {
    to: 'siobhan@dulra.example',
    subject: 'Thank you: Senior Data Analyst interview',
    body: 'Dear Siobhán,\n\nThank you for the interview today.\n\nKind regards,\nZoë Ó Briain',
  }

  it('opens a draft of ordinary length', async () => {
    expect(await openInMailApp(siobhan)).toBe('Opened in your mail app.')
    expect(opened()).toHaveLength(1)
  })

  it('copies a draft too long for a link instead of opening it, and says so', async () => {
    const long = { ...siobhan, body: `${siobhan.body}\n\n${'Ó Briain, réalta. '.repeat(60)}` }
    const said = await openInMailApp(long)
    expect(said).toContain('too long to open in your mail app')
    expect(said).toContain('paste it into a new email to siobhan@dulra.example')
    expect(opened()).toEqual([])
    expect(clipboard).toBe(`${long.subject}\n\n${long.body}`)
  })

  it('does not open a draft that still has a bracketed gap', async () => {
    const gap = {
      ...siobhan,
      body: 'Dear Siobhán,\n\n[Add something you talked about with Siobhán]',
    }
    expect(await openInMailApp(gap)).toBe(
      'Fill in the part in square brackets with your own words first.',
    )
    expect(opened()).toEqual([])
  })
})
