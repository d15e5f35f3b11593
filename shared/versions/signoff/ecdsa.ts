import { fromBase64Url, toBase64Url } from '../../encoding/base64Url.ts';
import { canonicalJson, sha256Hex } from '../canonicalJson.ts';
import type { PublicKeyJwk } from './signoffRecord.ts';

/**
 * ECDSA P-256 / SHA-256 over canonical JSON, with WebCrypto (browsers and Node alike).
 * Signatures are IEEE P1363 (r‖s, 64 bytes), base64url.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A new key pair; the private half cannot be exported (a browser keeps it in IndexedDB). */
export function generateSigningKeyPair(extractable = false): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, extractable, ['sign', 'verify']);
}

/** The public half of a key pair as a JWK. */
export async function exportPublicKey(key: CryptoKey): Promise<PublicKeyJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (!jwk.x || !jwk.y) throw new Error('Not an EC public key');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** A key's fingerprint: hex SHA-256 of the canonical JSON of its public JWK. */
export function keyFingerprint(jwk: PublicKeyJwk): Promise<string> {
  return sha256Hex(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
}

/** Signs the canonical JSON of `payload`. */
export async function signPayload(privateKey: CryptoKey, payload: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(payload));
  return toBase64Url(new Uint8Array(await crypto.subtle.sign(SIGNING, privateKey, bytes)));
}

/** Whether `signature` is `publicKey`'s signature of the canonical JSON of `payload`. */
export async function verifyPayload(
  publicKey: PublicKeyJwk,
  payload: unknown,
  signature: string,
): Promise<boolean> {
  const signatureBytes = fromBase64Url(signature);
  if (!signatureBytes || signatureBytes.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', { ...publicKey, ext: true }, ALGORITHM, true, [
      'verify',
    ]);
    const bytes = new TextEncoder().encode(canonicalJson(payload));
    return await crypto.subtle.verify(SIGNING, key, signatureBytes, bytes);
  } catch {
    return false;
  }
}
