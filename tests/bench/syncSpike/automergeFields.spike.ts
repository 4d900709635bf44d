import { it } from 'vitest'
import { automergeFields } from './engines'
import { reportSpike } from './report'

it('measures ' + automergeFields.name, async () => {
  await reportSpike(automergeFields, 'automergeFields')
})
