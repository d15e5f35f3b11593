import type { ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';
import { EXPORT_FORMATS, isExportFormat } from '../../shared/publish/exportFormats.ts';
import { BASE_SECURITY_HEADERS } from '../http/securityHeaders.ts';
import type { DocStore } from '../relay/DocStore.ts';
import type { Rooms } from '../relay/Rooms.ts';
import type { RelayKey } from '../signing/relayKey.ts';
import { renderExport, renderSignedVersion } from './renderExport.ts';
import { sendJsonError } from './sendJson.ts';

/**
 * Answers `GET /api/docs/<id>/export?format=json|md|html|docx|pdf` (json when omitted):
 * built from the live room when the document is open, otherwise read from the store into
 * a temporary Y.Doc. Files other than JSON come as downloads named after the title.
 * `&version=<id or label>` (JSON only) gives that named version with its signatures.
 */
export async function exportRoute(
  response: ServerResponse,
  docId: string,
  query: { format: string | null; version: string | null },
  sources: { rooms: Rooms; store: DocStore; relayKey: RelayKey },
): Promise<void> {
  const wanted = query.format ?? 'json';
  if (query.version !== null && wanted !== 'json') {
    sendJsonError(response, 400, 'unsupported-format', 'A signed version exports as JSON only.');
    return;
  }
  if (!isExportFormat(wanted)) {
    const known = Object.keys(EXPORT_FORMATS).join(', ');
    sendJsonError(response, 400, 'unsupported-format', `Format must be one of: ${known}.`);
    return;
  }
  const room = sources.rooms.get(docId);
  let doc = room?.doc;
  if (!doc) {
    const stored = await sources.store.load(docId);
    if (!stored.meta) {
      sendJsonError(response, 404, 'not-found', 'No document with this id is stored.');
      return;
    }
    if (stored.meta.deleted) {
      sendJsonError(response, 410, 'document-deleted', 'This document was deleted.');
      return;
    }
    doc = createDoc();
    if (stored.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
  }
  try {
    const rendered =
      query.version === null
        ? await renderExport(docId, doc, wanted, sources.relayKey)
        : await renderSignedVersion(docId, doc, query.version, sources.relayKey);
    if (!rendered) {
      sendJsonError(response, 404, 'version-not-found', 'No such version in this document.');
      return;
    }
    const { bytes, fileName } = rendered;
    response.writeHead(200, {
      ...BASE_SECURITY_HEADERS,
      'Content-Type': EXPORT_FORMATS[wanted].mime,
      'Content-Length': bytes.byteLength,
      'Cache-Control': 'no-store',
      // A download, never a page of this site: a sandbox keeps an exported HTML page inert.
      ...(wanted === 'json' && query.version === null
        ? {}
        : {
            'Content-Disposition': `attachment; filename="${fileName}"`,
            'Content-Security-Policy': 'sandbox',
          }),
    });
    response.end(bytes);
  } finally {
    if (!room) doc.destroy();
  }
}
