import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keyFingerprint, signPayload } from '../../shared/versions/signoff/ecdsa.ts';
import { publicKeyJwk, type PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';

/** File name of the relay's signing key inside DATA_DIR. */
export const RELAY_KEY_FILE = '.signing-key.json';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/**
 * The relay's own ECDSA P-256 key. It signs chairs' key registrations after checking their
 * role, so anyone holding its public key (or fingerprint) can check a signature offline.
 */
export interface RelayKey {
  publicKey: PublicKeyJwk;
  fingerprint: string;
  sign(payload: unknown): Promise<string>;
}

/**
 * The key in `dataDir/.signing-key.json` (a private JWK, mode 0600): read when present,
 * otherwise generated and written exclusively, so two starts racing agree on one.
 */
export async function readOrCreateRelayKey(dataDir: string): Promise<RelayKey> {
  const path = join(dataDir, RELAY_KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  let stored = await readPrivateJwk(path);
  if (!stored) {
    const generated = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', generated.privateKey);
    try {
      await writeFile(path, JSON.stringify(jwk) + '\n', { mode: 0o600, flag: 'wx' });
      await chmod(path, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // Another start may have written first: the key on disk is the one.
    stored = (await readPrivateJwk(path))!;
  }
  const privateKey = await crypto.subtle.importKey('jwk', stored, ALGORITHM, false, ['sign']);
  const publicKey = publicKeyJwk(stored);
  return {
    publicKey,
    fingerprint: await keyFingerprint(publicKey),
    sign: (payload) => signPayload(privateKey, payload),
  };
}

/** The JWK stored at `path`, or undefined when there is no file. */
async function readPrivateJwk(path: string): Promise<JsonWebKey | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as JsonWebKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The public half of the relay key stored in `dataDir`, or undefined when there is none. */
export async function readRelayPublicKey(dataDir: string): Promise<PublicKeyJwk | undefined> {
  const stored = await readPrivateJwk(join(dataDir, RELAY_KEY_FILE));
  return stored && publicKeyJwk(stored);
}
