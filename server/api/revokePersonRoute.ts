import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessControl } from '../auth/AccessControl.ts';
import { readJsonBody } from './readJsonBody.ts';
import { ACCESS_BODY_LIMIT } from './invitesRoute.ts';
import { sendJson, sendJsonError } from './sendJson.ts';

/**
 * Answers `POST /api/docs/<doc>/revoke-person` `{ name, organisation }`: revokes every link
 * recorded for this document with that exact name and organisation (trimmed), closing
 * their connections; 200 `{ revoked: [lid…] }` (empty when nobody matched).
 */
export async function revokePersonRoute(
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
  const person = personOf(body.value);
  if (!person) {
    sendJsonError(response, 400, 'invalid-body', 'The body must be { name, organisation }.');
    return;
  }
  const lids = (await access.grants.list(doc))
    .filter(({ grant }) => grant.name.trim() === person.name)
    .filter(({ grant }) => grant.organisation.trim() === person.organisation)
    .map(({ grant }) => grant.lid);
  await access.revoke(lids);
  sendJson(response, 200, { revoked: lids });
}

function personOf(value: unknown): { name: string; organisation: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, organisation = '' } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !name.trim() || typeof organisation !== 'string')
    return undefined;
  return { name: name.trim(), organisation: organisation.trim() };
}
