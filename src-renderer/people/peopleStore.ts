import { defineStore } from 'pinia'
import { computed } from 'vue'
import { groupPeople } from '@shared/domain/directory'
import { useBoardStore } from '../interviews/store'

/**
 * Everyone across the applications, grouped into persons (src-shared/domain/directory), for the
 * People screen and for recognising someone met before in the form. Derived from the board's
 * records, so it follows every save and empties with them on lock.
 */
export const usePeopleStore = defineStore('people', () => {
  const board = useBoardStore()
  /** Sorted by name. */
  const people = computed(() => groupPeople(board.opportunities, board.referees))
  return { people }
})
