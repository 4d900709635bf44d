/** The export channel: Word documents saved through the save dialog (saveDocx.ts). */
import type { exportRequestSchemas } from '@shared/ipc/export'
import type { HandlersOf } from '../ipc/handlers'
import type { Ports } from '../ports'
import { saveDocx } from './saveDocx'

/** The handler of the export channel. */
export function exportHandlers(
  ports: Pick<Ports, 'dialog' | 'documentsDir'>,
): HandlersOf<typeof exportRequestSchemas> {
  return { 'export/save-docx': saveDocx(ports) }
}
