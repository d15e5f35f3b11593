import type { IncomingMessage, ServerResponse } from 'node:http';
import { grantCovers, type Grant } from '../../shared/auth/grant.ts';
import { can, type Action } from '../../shared/auth/roles.ts';
import type { AccessControl, AccessRefusal } from '../auth/AccessControl.ts';
import { tokenFromRequest } from '../auth/tokenFromRequest.ts';
import { sendJsonError } from './sendJson.ts';

/** Who is calling the API: a verified grant, `null` when auth is off, or why not. */
export type Caller = { ok: true; grant: Grant | null } | { ok: false; refusal: AccessRefusal };

const REFUSAL_MESSAGES: Record<AccessRefusal, string> = {
  unauthorized: 'A valid access token is required (Authorization: Bearer <token>).',
  'token-expired': 'This access link has expired; ask the document owner for a new one.',
  'access-revoked': 'This access link was revoked by the document owner.',
};

/**
 * Verifies the request's token (`Authorization: Bearer` or `?token=`); with auth off every
 * caller is let in with a `null` grant. An accepted grant is recorded as seen.
 */
export function authenticateRequest(request: IncomingMessage, auth: AccessControl | 'off'): Caller {
  if (auth === 'off') return { ok: true, grant: null };
  const verdict = auth.check(tokenFromRequest(request));
  if (!verdict.ok) return verdict;
  auth.noteSeen(verdict.grant);
  return { ok: true, grant: verdict.grant };
}

/** Answers 401 `{ error: { code: 'unauthorized' | 'token-expired' | 'access-revoked' } }`. */
export function sendRefusal(response: ServerResponse, refusal: AccessRefusal): void {
  response.setHeader('WWW-Authenticate', 'Bearer');
  sendJsonError(response, 401, refusal, REFUSAL_MESSAGES[refusal]);
}

/** Whether `grant` (`null`: auth off) may do `action` on `docId`. */
export function permits(grant: Grant | null, docId: string, action: Action): boolean {
  return grant === null || (grantCovers(grant, docId) && can(grant.role, action));
}

/** Answers 403 `forbidden` and returns true unless `grant` may do `action` on `docId`. */
export function forbidUnless(
  response: ServerResponse,
  grant: Grant | null,
  docId: string,
  action: Action,
): boolean {
  if (permits(grant, docId, action)) return false;
  const message =
    grant && !grantCovers(grant, docId)
      ? 'This access link is for another document.'
      : `Your role may not ${action} this document.`;
  sendJsonError(response, 403, 'forbidden', message);
  return true;
}
