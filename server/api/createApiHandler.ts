import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALL_DOCUMENTS } from '../../shared/auth/grant.ts';
import { API_PATH } from '../../shared/protocol/paths.ts';
import type { AccessControl } from '../auth/AccessControl.ts';
import { decodeDocId } from '../decodeDocId.ts';
import type { DocStore } from '../relay/DocStore.ts';
import type { PersistenceHealth } from '../relay/PersistenceHealth.ts';
import type { Rooms } from '../relay/Rooms.ts';
import { accessRoutes } from './accessRoutes.ts';
import { authenticateRequest, forbidUnless, permits, sendRefusal } from './authenticateRequest.ts';
import { deleteDocRoute, listDocsRoute } from './docsRoutes.ts';
import { exportRoute } from './exportRoute.ts';
import { importRoute } from './importRoute.ts';
import { healthRoute } from './healthRoute.ts';
import { meRoute } from './meRoute.ts';
import { metricsRoute } from './metricsRoute.ts';
import { sendJsonError } from './sendJson.ts';
import { signoffRoutes } from './signoffRoutes.ts';
import type { RelayKey } from '../signing/relayKey.ts';

/** What the API reads from and acts on. */
export interface ApiSources {
  startedAt: number;
  rooms: Rooms;
  store: DocStore;
  health: PersistenceHealth;
  /** Token checks, or `'off'` (AUTH=off: every route open, links answer 409). */
  auth: AccessControl | 'off';
  /** Signs chairs' key registrations. */
  relayKey: RelayKey;
}

/** Handles a request if it is an API path; resolves false when the path is not the API's. */
export type ApiHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
) => Promise<boolean>;

const DOCS = `${API_PATH}/docs`;
const ME = `${API_PATH}/me`;
const IMPORT = `${DOCS}/import`;

/**
 * Routes `/healthz` and `/metrics` (public) and `/api/*` (anything unknown under `/api` is
 * a JSON 404). Every `/api` route needs a valid token when auth is on (401 otherwise); what
 * it may see or do follows the grant's document and role (403 `forbidden`).
 */
export function createApiHandler(sources: ApiSources): ApiHandler {
  return async (request, response, path) => {
    const method = request.method ?? 'GET';
    if (path === '/healthz') {
      if (method !== 'GET') return notAllowed(response);
      healthRoute(response, sources);
      return true;
    }
    if (path === '/metrics') {
      if (method !== 'GET') return notAllowed(response);
      metricsRoute(response, sources);
      return true;
    }
    if (path !== API_PATH && !path.startsWith(`${API_PATH}/`)) return false;
    const caller = authenticateRequest(request, sources.auth);
    if (path === ME) {
      if (method !== 'GET') return notAllowed(response);
      meRoute(response, caller);
      return true;
    }
    if (!caller.ok) {
      sendRefusal(response, caller.refusal);
      return true;
    }
    if (await accessRoutes(request, response, path, caller.grant, sources.auth)) return true;
    if (await signoffRoutes(request, response, path, caller.grant, sources)) return true;
    if (path === IMPORT) {
      if (method !== 'POST') return notAllowed(response);
      // A new document belongs to the workspace: creating one needs a workspace grant.
      if (forbidUnless(response, caller.grant, ALL_DOCUMENTS, 'edit')) return true;
      await importRoute(request, response, sources.store);
      return true;
    }
    if (path === DOCS) {
      if (method !== 'GET') return notAllowed(response);
      await listDocsRoute(response, sources.store, (id) => permits(caller.grant, id, 'read'));
      return true;
    }
    const match = /^\/api\/docs\/([^/]*)(\/export)?$/.exec(path);
    if (!match) {
      sendJsonError(response, 404, 'not-found', 'No such API endpoint.');
      return true;
    }
    const docId = decodeDocId(match[1] ?? '');
    const isExport = match[2] !== undefined;
    if (method !== (isExport ? 'GET' : 'DELETE')) return notAllowed(response);
    if (docId === undefined) {
      sendJsonError(response, 400, 'invalid-document-id', 'This is not a valid document id.');
      return true;
    }
    if (forbidUnless(response, caller.grant, docId, isExport ? 'read' : 'manage')) return true;
    if (!isExport) {
      await deleteDocRoute(response, docId, sources.rooms);
      return true;
    }
    const params = new URL(request.url ?? '/', 'http://relay').searchParams;
    const query = { format: params.get('format'), version: params.get('version') };
    await exportRoute(response, docId, query, sources);
    return true;
  };
}

function notAllowed(response: ServerResponse): true {
  sendJsonError(response, 405, 'method-not-allowed', 'This method is not allowed here.');
  return true;
}
