import { it } from 'vitest'
import { yjsRecordDoc } from './engines'
import { reportSpike } from './report'

it('measures ' + yjsRecordDoc.name, async () => {
  await reportSpike(yjsRecordDoc, 'yjsRecordDoc')
})
