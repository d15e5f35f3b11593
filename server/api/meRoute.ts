import type { ServerResponse } from 'node:http';
import { sendRefusal, type Caller } from './authenticateRequest.ts';
import { sendJson } from './sendJson.ts';

/**
 * Answers `GET /api/me`: 200 `{ grant, auth: 'on' }` for a valid token (so a client learns,
 * when online, whether its stored link still holds), 401 with the reason otherwise;
 * `{ grant: null, auth: 'off' }` when authentication is off.
 */
export function meRoute(response: ServerResponse, caller: Caller): void {
  if (!caller.ok) return sendRefusal(response, caller.refusal);
  if (caller.grant === null) return sendJson(response, 200, { grant: null, auth: 'off' });
  sendJson(response, 200, { grant: caller.grant, auth: 'on' });
}
