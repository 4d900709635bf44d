import { describe, expect, it } from 'vitest'
import { readLockReason } from './launchNotice'
import { LOCK_PLACE_PARAM, lockedPageAddress, readLockPlace, type LockPlace } from './lockPlace'

describe('the place a lock found the user at', () => {
  it('travels in the fresh page’s address beside the reason, and reads back the same', () => {
    const place: LockPlace = {
      section: 'detail',
      openId: '0f9c2a4e-5d1b-4c3a-9e7f-2b8d6a1c4e5f',
      focus: { action: 'ab9e4efd04d6986a6' },
    }
    const url = new URL(lockedPageAddress('app://afterview/index.html', 'idle', place))
    expect(readLockReason(url.search)).toBe('idle')
    expect(readLockPlace(url.search)).toEqual(place)
  })

  it('is left out when there is none', () => {
    const url = lockedPageAddress('http://localhost:5173/', 'user', null)
    expect(url).toBe('http://localhost:5173/?locked=user')
    expect(readLockPlace(new URL(url).search)).toBeNull()
  })

  it('reads nothing from a place that is not JSON or holds more than ids', () => {
    const withPlace = (text: string) => `?${new URLSearchParams({ [LOCK_PLACE_PARAM]: text })}`
    expect(readLockPlace(withPlace('{not json'))).toBeNull()
    expect(readLockPlace(withPlace('{"section":"detail","openId":"Priya Shah"}'))).toBeNull()
    expect(readLockPlace(withPlace('{"section":"elsewhere"}'))).toBeNull()
    expect(readLockPlace(withPlace('{"section":"today","focus":{"index":1.5}}'))).toBeNull()
    expect(readLockPlace(withPlace('{"section":"today"}'))).toEqual({ section: 'today' })
  })
})
