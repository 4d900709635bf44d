import { it } from 'vitest'
import { automergeDeep } from './engines'
import { reportSpike } from './report'

it('measures ' + automergeDeep.name, async () => {
  await reportSpike(automergeDeep, 'automergeDeep')
})
