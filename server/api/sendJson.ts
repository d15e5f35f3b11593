import type { ServerResponse } from 'node:http';
import { BASE_SECURITY_HEADERS } from '../http/securityHeaders.ts';

/** Machine-readable error codes of the JSON API. */
export type ApiErrorCode =
  | 'invalid-document-id'
  | 'unsupported-format'
  | 'not-found'
  | 'document-deleted'
  | 'method-not-allowed'
  | 'internal-error'
  | 'unauthorized'
  | 'token-expired'
  | 'access-revoked'
  | 'forbidden'
  | 'invalid-body'
  | 'payload-too-large'
  | 'auth-off'
  | 'signing-unavailable'
  | 'unknown-partnership'
  | 'version-not-found'
  | 'not-proposed'
  | 'invalid-signoff'
  | 'import-refused';

/** Sends `body` as JSON with `status`; API responses are never cached. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    ...BASE_SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  response.end(json);
}

/** Sends the API's error shape `{ error: { code, message } }`. */
export function sendJsonError(
  response: ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: string,
): void {
  sendJson(response, status, { error: { code, message } });
}
