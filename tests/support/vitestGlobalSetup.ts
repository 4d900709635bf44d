/** Vitest's global set-up: the run's own temp folder, checked for leftovers at the end. */
import { isolateTempFolder } from './tempGuard'

export default isolateTempFolder
