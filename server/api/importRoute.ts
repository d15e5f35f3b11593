import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';
import { ImportError, MAX_IMPORT_BYTES } from '../../shared/importing/checkImportFile.ts';
import { createImportedDoc, readImport } from '../../shared/importing/readImport.ts';
import { newDocId } from '../../shared/protocol/docId.ts';
import { log } from '../log.ts';
import type { DocStore } from '../relay/DocStore.ts';
import { readBodyBytes } from './readBodyBytes.ts';
import { sendJson, sendJsonError } from './sendJson.ts';

/**
 * Answers `POST /api/docs/import?name=<file name>` with the file as the body: checks it
 * (size, kind, corruption) before anything is parsed, builds a new document and stores it
 * as one update. 201 `{ id, report }`; a refused file creates nothing.
 */
export async function importRoute(
  request: IncomingMessage,
  response: ServerResponse,
  store: DocStore,
): Promise<void> {
  const name = new URL(request.url ?? '/', 'http://relay').searchParams.get('name')?.trim();
  if (!name) {
    sendJsonError(
      response,
      400,
      'invalid-body',
      'Give the file name as ?name=, e.g. ?name=protocol.docx.',
    );
    return;
  }
  const body = await readBodyBytes(
    request,
    MAX_IMPORT_BYTES,
    `Files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported.`,
  );
  if (!body.ok) {
    if (body.status === 413) response.setHeader('Connection', 'close');
    sendJsonError(response, body.status, body.code, body.message);
    return;
  }
  let plan;
  try {
    plan = await readImport(name, body.bytes);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    sendJsonError(
      response,
      error.code === 'too-large' ? 413 : 400,
      'import-refused',
      error.message,
    );
    return;
  }
  const doc = createDoc();
  try {
    createImportedDoc(doc, plan);
    const id = newDocId();
    const now = new Date().toISOString();
    const meta = { title: plan.report.title, createdAt: now, updatedAt: now };
    await store.append(id, 0, [Y.encodeStateAsUpdate(doc)], meta);
    log('info', 'document-imported', { docId: id, blocks: plan.report.blocks.length });
    sendJson(response, 201, { id, report: plan.report });
  } finally {
    doc.destroy();
  }
}
