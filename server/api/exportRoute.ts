import type { ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';
import { exportDocument } from '../../shared/document/exportJson.ts';
import type { DocStore } from '../relay/DocStore.ts';
import type { Rooms } from '../relay/Rooms.ts';
import { sendJson, sendJsonError } from './sendJson.ts';

/**
 * Answers `GET /api/docs/<id>/export?format=json`: built from the live room when the
 * document is open, otherwise read from the store into a temporary Y.Doc.
 */
export async function exportRoute(
  response: ServerResponse,
  docId: string,
  format: string | null,
  sources: { rooms: Rooms; store: DocStore },
): Promise<void> {
  if (format !== null && format !== 'json') {
    sendJsonError(response, 400, 'unsupported-format', 'Only format=json is supported.');
    return;
  }
  const room = sources.rooms.get(docId);
  if (room) {
    sendJson(response, 200, exportDocument(docId, room.doc));
    return;
  }
  const stored = await sources.store.load(docId);
  if (!stored.meta) {
    sendJsonError(response, 404, 'not-found', 'No document with this id is stored.');
    return;
  }
  if (stored.meta.deleted) {
    sendJsonError(response, 410, 'document-deleted', 'This document was deleted.');
    return;
  }
  const doc = createDoc();
  try {
    if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
    sendJson(response, 200, exportDocument(docId, doc));
  } finally {
    doc.destroy();
  }
}
