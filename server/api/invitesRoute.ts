import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessControl } from '../auth/AccessControl.ts';
import { inviteLink } from '../auth/inviteLink.ts';
import { mintGrant } from '../auth/mintGrant.ts';
import { validateInvite } from '../auth/validateInvite.ts';
import { readJsonBody } from './readJsonBody.ts';
import { requestOrigin } from './requestOrigin.ts';
import { sendJson, sendJsonError } from './sendJson.ts';

/** Largest accepted JSON body of an access request. */
export const ACCESS_BODY_LIMIT = 16 * 1024;

/**
 * Answers `POST /api/docs/<doc>/invites` `{ role, name, organisation?, partnership?, days? }`:
 * mints, records and signs a grant, 201 `{ lid, token, link, grant }`.
 */
export async function createInviteRoute(
  request: IncomingMessage,
  response: ServerResponse,
  doc: string,
  access: AccessControl,
): Promise<void> {
  const body = await readJsonBody(request, ACCESS_BODY_LIMIT);
  if (!body.ok) {
    if (body.status === 413) response.setHeader('Connection', 'close');
    sendJsonError(response, body.status, body.code, body.message);
    return;
  }
  const checked = validateInvite(body.value, doc);
  if (!checked.ok) {
    sendJsonError(response, 400, 'invalid-body', checked.message);
    return;
  }
  const grant = mintGrant(checked.init);
  await access.grants.recordMinted(grant);
  const token = access.sign(grant);
  const link = inviteLink(requestOrigin(request), doc, token);
  sendJson(response, 201, { lid: grant.lid, token, link, grant });
}

/**
 * Answers `DELETE /api/docs/<doc>/invites/<lid>`: revokes a link recorded for this
 * document and closes its live connections, 204; 404 for a link the document never saw.
 */
export async function revokeInviteRoute(
  response: ServerResponse,
  doc: string,
  lid: string,
  access: AccessControl,
): Promise<void> {
  const records = await access.grants.list(doc);
  if (!records.some((record) => record.grant.lid === lid)) {
    sendJsonError(response, 404, 'not-found', 'No access link with this id on this document.');
    return;
  }
  await access.revoke([lid]);
  response.writeHead(204, { 'Cache-Control': 'no-store' });
  response.end();
}
