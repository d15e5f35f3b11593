import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALL_DOCUMENTS, type Grant } from '../../shared/auth/grant.ts';
import type { AccessControl } from '../auth/AccessControl.ts';
import { decodeDocId } from '../decodeDocId.ts';
import { accessListRoute } from './accessListRoute.ts';
import { forbidUnless } from './authenticateRequest.ts';
import { createInviteRoute, revokeInviteRoute } from './invitesRoute.ts';
import { revokePersonRoute } from './revokePersonRoute.ts';
import { sendJsonError } from './sendJson.ts';

const ACCESS_PATH = /^\/api\/docs\/([^/]+)\/(invites|access|revoke-person)(?:\/([^/]+))?$/;
const LID = /^[A-Za-z0-9_-]{1,64}$/;

type AccessAction = 'create-invite' | 'revoke-invite' | 'list' | 'revoke-person';

/** Which action a path and method ask for: [action, expected method], or undefined. */
function actionOf(kind: string, lid: string | undefined): [AccessAction, string] | undefined {
  if (kind === 'invites') {
    return lid === undefined ? ['create-invite', 'POST'] : ['revoke-invite', 'DELETE'];
  }
  if (lid !== undefined) return undefined;
  return kind === 'access' ? ['list', 'GET'] : ['revoke-person', 'POST'];
}

/**
 * Routes the access management API under `/api/docs/<doc>/` (`<doc>` may be `*`, the
 * workspace): `POST invites`, `DELETE invites/<lid>`, `GET access`, `POST revoke-person`.
 * All need `manage` on the document. Resolves false when the path is not one of these.
 */
export async function accessRoutes(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  grant: Grant | null,
  access: AccessControl | 'off',
): Promise<boolean> {
  const match = ACCESS_PATH.exec(path);
  if (!match) return false;
  const [, rawDoc = '', kind = '', rawLid] = match;
  const action = actionOf(kind, rawLid);
  if (!action) {
    sendJsonError(response, 404, 'not-found', 'No such API endpoint.');
    return true;
  }
  if ((request.method ?? 'GET') !== action[1]) {
    sendJsonError(response, 405, 'method-not-allowed', 'This method is not allowed here.');
    return true;
  }
  const doc =
    rawDoc === ALL_DOCUMENTS || rawDoc.toUpperCase() === '%2A'
      ? ALL_DOCUMENTS
      : decodeDocId(rawDoc);
  if (doc === undefined) {
    sendJsonError(response, 400, 'invalid-document-id', 'This is not a valid document id.');
    return true;
  }
  if (forbidUnless(response, grant, doc, 'manage')) return true;
  if (action[0] === 'list') {
    await accessListRoute(response, doc, access);
    return true;
  }
  if (access === 'off') {
    sendJsonError(
      response,
      409,
      'auth-off',
      'Authentication is off (AUTH=off): links are not used.',
    );
    return true;
  }
  if (action[0] === 'create-invite') await createInviteRoute(request, response, doc, access);
  else if (action[0] === 'revoke-person') await revokePersonRoute(request, response, doc, access);
  else if (rawLid !== undefined && LID.test(rawLid)) {
    await revokeInviteRoute(response, doc, rawLid, access);
  } else sendJsonError(response, 404, 'not-found', 'No access link with this id on this document.');
  return true;
}
