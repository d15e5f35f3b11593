import type { ProtocolDatabase } from './ProtocolDatabase.ts';
import type { UpdateRow } from './UpdateRow.ts';

/** Every stored update row of `docId`, in write order (by seq). */
export function readDocRows(db: ProtocolDatabase, docId: string): Promise<UpdateRow[]> {
  return db.updates.where('docId').equals(docId).sortBy('seq');
}
