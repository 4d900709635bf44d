/**
 * Taking up a passphrase changed on another computer of a synced vault (Vault.adoptHeader): the
 * other computer's header opens with its new passphrase, and every row moves to its key through
 * the rotation path, resumable after a crash at any step. Real libsodium, fake IndexedDB.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import { loadSodium, type Sodium } from '@shared/vault/sodium'
import { decodeVaultHeader } from '@shared/vault/vaultHeader'
import { kindOfAsync } from '../../tests/support/vaultKit'
import { killableVault } from '../../tests/support/rendererVault'
import type { RotationStep } from './rotation'

let sodium: Sodium
beforeAll(async () => {
  sodium = await loadSodium()
})

const OLD = 'Brontë’s winter passphrase'
const NEW = 'Żaneta’s spring passphrase'
const rows = [
  { company: 'Société Générale', role: 'Analyste crédit' },
  { company: 'Müller & Söhne GmbH', role: 'Produktmanagerin' },
  { company: 'Nordström Logistik', role: 'Data engineer' },
  { company: 'Þórsdóttir Ráðgjöf', role: 'Lead researcher' },
  { company: 'Ørsted Vind', role: 'Analyst' },
]

/** A laptop with rows that changed its passphrase, and a desktop that joined before it did. */
async function changedElsewhere(code: 'keep' | 'new-code' = 'keep') {
  const suffix = Math.random().toString(36).slice(2)
  const laptop = killableVault(sodium, `laptop-${suffix}`)
  const firstCode = await laptop.create(OLD)
  const desktopName = `desktop-${suffix}`
  const desktop = killableVault(sodium, desktopName)
  await desktop.join(await laptop.headerText(), OLD)
  for (const [i, row] of rows.entries()) await desktop.records.put('journal', `r${i}`, row)
  let laptopCode = firstCode
  if (code === 'keep') await laptop.changePassphrase(OLD, NEW)
  else laptopCode = await laptop.newRecoveryCode(OLD)
  return { laptop, desktop, desktopName, copy: await laptop.headerText(), firstCode, laptopCode }
}

async function expectRows(vault: ReturnType<typeof killableVault>): Promise<void> {
  for (const [i, row] of rows.entries()) {
    expect(await vault.records.get('journal', `r${i}`)).toEqual(row)
  }
}

describe('taking up a passphrase changed on another computer', () => {
  it('refuses a wrong passphrase and stores nothing', async () => {
    const { desktop, copy } = await changedElsewhere()
    const before = await desktop.headerText()
    const keyId = desktop.requireKeys().keyId
    expect(await kindOfAsync(() => desktop.adoptHeader(copy, OLD))).toBe('wrong-passphrase')
    expect(await desktop.headerText()).toBe(before)
    expect(desktop.requireKeys().keyId).toBe(keyId)
    await expectRows(desktop)
  })

  it('refuses its own header, and a copy with a change under way', async () => {
    const { desktop, copy } = await changedElsewhere()
    const own = await desktop.headerText()
    expect(await kindOfAsync(() => desktop.adoptHeader(own, OLD))).toBe('corrupt-header')
    const pending = JSON.stringify({
      ...JSON.parse(copy),
      rotation: JSON.parse(await desktop.headerText()).slots[0],
    })
    expect(await kindOfAsync(() => desktop.adoptHeader(pending, NEW))).toBe('corrupt-header')
    await expectRows(desktop)
  })

  it('moves every row to the other computer’s key, and its recovery code', async () => {
    const { laptop, desktop, desktopName, copy, firstCode, laptopCode } =
      await changedElsewhere('new-code')
    await desktop.adoptHeader(copy, OLD)
    expect(desktop.requireKeys().keyId).toBe(laptop.requireKeys().keyId)
    expect(decodeVaultHeader(await desktop.headerText()).recovery).toEqual(
      decodeVaultHeader(copy).recovery,
    )
    await expectRows(desktop)
    desktop.lock()
    // The old recovery code opens nothing here now; the laptop's new one does.
    const later = killableVault(sodium, desktopName)
    expect(await kindOfAsync(() => later.resetWithRecoveryCode(firstCode, 'après'))).toBe(
      'wrong-recovery-code',
    )
    await later.resetWithRecoveryCode(laptopCode, 'après la panne, longue')
    await expectRows(later)
  })

  it('finishes after a crash at any step, with the new passphrase', async () => {
    const steps: RotationStep[] = []
    const probe = await changedElsewhere()
    const counting = killableVault(sodium, probe.desktopName, { steps })
    await counting.unlock(OLD)
    await counting.adoptHeader(probe.copy, NEW)
    expect(steps.length).toBeGreaterThanOrEqual(4)
    for (let stopAt = 0; stopAt < steps.length; stopAt++) {
      const { laptop, desktopName, copy } = await changedElsewhere()
      const victim = killableVault(sodium, desktopName, { stopAt })
      await victim.unlock(OLD)
      await expect(victim.adoptHeader(copy, NEW)).rejects.toThrow(/killed at/)
      const after = killableVault(sodium, desktopName)
      const withNew = await kindOfAsync(() => after.unlock(NEW)).catch(() => 'opened')
      if (withNew !== 'opened') await after.unlock(OLD)
      else expect(after.requireKeys().keyId).toBe(laptop.requireKeys().keyId)
      await expectRows(after)
      expect(decodeVaultHeader(await after.headerText()).rotation).toBeUndefined()
    }
  })
})
