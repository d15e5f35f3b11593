import { createHmac, timingSafeEqual } from 'node:crypto';
import { splitToken } from '../../shared/auth/accessToken.ts';
import { isGrant, type Grant } from '../../shared/auth/grant.ts';

/** Why a token was not accepted. */
export type TokenFailure = 'malformed' | 'bad-signature' | 'expired';

/** The outcome of `verifyToken`. */
export type TokenVerdict = { ok: true; grant: Grant } | { ok: false; reason: TokenFailure };

const SIGNATURE_BYTES = 32;

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload, 'ascii').digest();
}

/** Strict base64url: only the alphabet, no padding, and the one canonical spelling. */
function decodeBase64Url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/**
 * Signs a grant: `base64url(JSON grant) + "." + base64url(HMAC-SHA256(secret, payload))`,
 * the MAC taken over the base64url payload text.
 */
export function signGrant(secret: string, grant: Grant): string {
  const payload = Buffer.from(JSON.stringify(grant), 'utf8').toString('base64url');
  return `${payload}.${hmac(secret, payload).toString('base64url')}`;
}

/**
 * Checks a token's signature (in constant time), then its shape and expiry against
 * `nowSeconds`. Never trusts the payload before the signature is verified.
 */
export function verifyToken(secret: string, token: string, nowSeconds: number): TokenVerdict {
  const parts = splitToken(token);
  if (!parts) return { ok: false, reason: 'malformed' };
  const signature = decodeBase64Url(parts.signature);
  const payload = decodeBase64Url(parts.payload);
  if (!payload || !signature) return { ok: false, reason: 'malformed' };
  if (signature.length !== SIGNATURE_BYTES) return { ok: false, reason: 'bad-signature' };
  if (!timingSafeEqual(signature, hmac(secret, parts.payload))) {
    return { ok: false, reason: 'bad-signature' };
  }
  let grant: unknown;
  try {
    grant = JSON.parse(payload.toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isGrant(grant)) return { ok: false, reason: 'malformed' };
  if (grant.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, grant };
}
