import { it } from 'vitest'
import { yjsFields } from './engines'
import { reportSpike } from './report'

it('measures ' + yjsFields.name, async () => {
  await reportSpike(yjsFields, 'yjsFields')
})
