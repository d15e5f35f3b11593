import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_PARAM } from '../../shared/auth/accessToken.ts';

/**
 * The access token a request carries: `Authorization: Bearer <token>` first, else the
 * `token` query parameter (what a y-websocket provider sends via its `params` option).
 */
export function tokenFromRequest(request: {
  url?: string;
  headers: IncomingHttpHeaders;
}): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (bearer) return bearer[1];
  try {
    return new URL(request.url ?? '/', 'http://relay').searchParams.get(TOKEN_PARAM) || undefined;
  } catch {
    return undefined;
  }
}
