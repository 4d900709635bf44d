/** The data channel: plain exports and imports of the user's search (dataFiles.ts). */
import type { dataRequestSchemas } from '@shared/ipc/data'
import type { HandlersOf } from '../ipc/handlers'
import type { Ports } from '../ports'
import { openCsvFile, openJsonFile, saveDataFile } from './dataFiles'

/** The handlers of the data channel. */
export function dataHandlers(
  ports: Pick<Ports, 'dialog' | 'documentsDir' | 'clock'>,
): HandlersOf<typeof dataRequestSchemas> {
  return {
    'data/save': saveDataFile(ports),
    'data/open-json': openJsonFile(ports),
    'data/open-csv': openCsvFile(ports),
  }
}
