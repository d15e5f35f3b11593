import { SIGNING_KEY_PATH, signingKeysPath, signoffsPath } from '../../shared/protocol/paths.ts';
import {
  isKeyRegistration,
  isPublicKeyJwk,
  type KeyRegistration,
  type PublicKeyJwk,
  type SignoffRecord,
} from '../../shared/versions/signoff/signoffRecord.ts';
import { authHeaders } from '../auth/authHeaders.ts';
import type { RelayKeyRow } from '../storage/SigningKeyRow.ts';

const OFFLINE =
  'The relay cannot be reached. Signing needs a connection, so the relay can check your role.';

async function post(docId: string, path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(docId) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error(OFFLINE);
  }
  const answer = (await response.json().catch(() => ({}))) as {
    error?: { message?: string };
  };
  if (!response.ok)
    throw new Error(answer.error?.message ?? `The relay answered ${response.status}.`);
  return answer;
}

/** The relay's public signing key, or undefined when it cannot be fetched now. */
export async function fetchRelayKey(docId: string): Promise<RelayKeyRow | undefined> {
  try {
    const response = await fetch(SIGNING_KEY_PATH, { headers: authHeaders(docId) });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { publicKey?: unknown; fingerprint?: unknown };
    if (!isPublicKeyJwk(body.publicKey) || typeof body.fingerprint !== 'string') return undefined;
    return { fingerprint: body.fingerprint, publicKey: body.publicKey };
  } catch {
    return undefined;
  }
}

/** Asks the relay to register a chair's public key for a document. */
export async function registerKey(
  docId: string,
  publicKey: PublicKeyJwk,
): Promise<KeyRegistration> {
  const answer = (await post(docId, signingKeysPath(docId), { publicKey })) as {
    registration?: unknown;
  };
  if (!isKeyRegistration(answer.registration)) throw new Error('The relay sent no registration.');
  return answer.registration;
}

/** Sends a signed sign-off; the relay checks it and adds it to the document. */
export async function sendSignoff(docId: string, record: SignoffRecord): Promise<void> {
  await post(docId, signoffsPath(docId), { record });
}
