import { createDoc } from '../../shared/document/docFields.ts';
import { newDocId } from '../../shared/protocol/docId.ts';
import { applyTemplate } from '../../shared/templates/applyTemplate.ts';
import type { TemplateSpec } from '../../shared/templates/TemplateSpec.ts';
import { markUnsynced } from '../storage/documentIndex.ts';
import { LocalPersistence } from '../storage/LocalPersistence.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';

/**
 * Creates a new document from a template on this device (works offline) and returns its
 * id; it syncs to the relay when opened. The template is written before anyone can open
 * the document, so nobody ever sees a half-filled one or applies it twice.
 */
export async function createFromTemplate(
  db: ProtocolDatabase,
  spec: TemplateSpec,
): Promise<string> {
  const id = newDocId();
  const doc = createDoc();
  const persistence = new LocalPersistence(db, id, doc);
  try {
    await persistence.whenLoaded;
    applyTemplate(doc, spec);
    await persistence.flushed();
    await markUnsynced(db, id);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
  return id;
}
