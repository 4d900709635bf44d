/** The detail view of one record, mounted as the app shows it, for the renderer's component tests. */
import { createApp, nextTick } from 'vue'
import type { Pinia } from 'pinia'
import type { Opportunity } from '@shared/domain/opportunity'
import { useBoardStore } from '../../src-renderer/interviews/store'
import { useNavStore } from '../../src-renderer/shell/nav'
import DetailView from '../../src-renderer/interviews/detail/DetailView.vue'

/**
 * Saves `o` through the board store (an open session is needed), runs `beforeOpen`, opens the
 * detail view on it and mounts it; `unmount` removes it again.
 */
export async function mountedDetail(pinia: Pinia, o: Opportunity, beforeOpen = () => {}) {
  const board = useBoardStore(pinia)
  await board.save(o)
  beforeOpen()
  useNavStore(pinia).open(o.id)
  const host = document.createElement('div')
  document.body.append(host)
  const app = createApp(DetailView).use(pinia)
  app.mount(host)
  await nextTick()
  return { board, host, unmount: () => (app.unmount(), host.remove()) }
}
