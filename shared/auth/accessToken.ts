import { fromBase64Url } from '../encoding/base64Url.ts';
import { isGrant, type Grant } from './grant.ts';

/**
 * Access tokens are `base64url(JSON grant) + "." + base64url(HMAC-SHA256 signature)`.
 * Only the relay signs and verifies (it holds the secret); clients read the grant to show
 * who they are and what they may do. Reading here never means trusting.
 */
export const TOKEN_PARAM = 'token';

/** The URL query parameter an invitation link carries its token in. */
export const INVITE_PARAM = 'access';

/** Splits a token into its payload text and signature, or undefined when malformed. */
export function splitToken(token: string): { payload: string; signature: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { payload: parts[0], signature: parts[1] };
}

/** Reads the grant a token claims, WITHOUT checking its signature (for display only). */
export function readGrantUnverified(token: string): Grant | undefined {
  const parts = splitToken(token);
  const bytes = parts && fromBase64Url(parts.payload);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isGrant(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
