import type * as Y from 'yjs';
import { readContent } from '../../document/readContent.ts';
import { canonicalJson, sha256Hex } from '../canonicalJson.ts';
import { hashedContent, type HashedContent } from '../contentHash.ts';
import { readVersions, versionDoc, type VersionRecord } from '../versionStore.ts';
import { keyFingerprint } from './ecdsa.ts';
import {
  isPublicKeyJwk,
  isSignoffRecord,
  type PublicKeyJwk,
  type SignoffRecord,
} from './signoffRecord.ts';
import { readSignoffs } from './signoffStore.ts';

/**
 * An exported signed version: everything needed to check it with no network. `content`
 * is exactly what the content hash covers; `relayKeys` says which relay key registered the
 * chairs' keys, but a verifier trusts a relay key only when told to (by fingerprint).
 */
export interface SignedVersionFile {
  format: 'protocol-signed-version';
  formatVersion: 1;
  docId: string;
  version: Omit<VersionRecord, 'proposedAt'>;
  content: HashedContent;
  signoffs: SignoffRecord[];
  relayKeys: { fingerprint: string; publicKey: PublicKeyJwk }[];
}

/** Builds the signed-version export of a named version; `undefined` when it does not exist. */
export async function signedVersionFile(
  doc: Y.Doc,
  docId: string,
  versionId: string,
  relayKeys: readonly PublicKeyJwk[],
): Promise<SignedVersionFile | undefined> {
  const version = readVersions(doc).find((v) => v.id === versionId);
  const old = version && versionDoc(doc, versionId);
  if (!version || !old) return undefined;
  try {
    const { id, label, author, rationale, createdAt, contentHash } = version;
    return {
      format: 'protocol-signed-version',
      formatVersion: 1,
      docId,
      version: { id, label, author, rationale, createdAt, contentHash },
      content: hashedContent(readContent(old)),
      signoffs: readSignoffs(doc).filter((record) => record.payload.versionId === versionId),
      relayKeys: await Promise.all(
        relayKeys.map(async (publicKey) => ({
          fingerprint: await keyFingerprint(publicKey),
          publicKey,
        })),
      ),
    };
  } finally {
    old.destroy();
  }
}

/**
 * The file name of a signed-version export, from title and label, e.g.
 * "joint-working-protocol-1.0-signed.json".
 */
export function signedVersionFileName(title: string, label: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'protocol'}-${label.replace(/[^A-Za-z0-9.]+/g, '-')}-signed.json`;
}

/** Reads a signed-version file, or says plainly why it is not one. */
export function parseSignedVersionFile(
  value: unknown,
): { ok: true; file: SignedVersionFile } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null) return fail('not a JSON object');
  const file = value as Record<string, unknown>;
  if (file.format !== 'protocol-signed-version') return fail('not a signed-version export');
  if (file.formatVersion !== 1) return fail(`unknown format version ${String(file.formatVersion)}`);
  if (typeof file.docId !== 'string') return fail('no document id');
  const version = file.version as Record<string, unknown> | undefined;
  if (typeof version?.id !== 'string' || typeof version.label !== 'string') {
    return fail('no version id and label');
  }
  if (typeof version.contentHash !== 'string') return fail('no content hash');
  if (typeof file.content !== 'object' || file.content === null) return fail('no content');
  if (!Array.isArray(file.signoffs) || !file.signoffs.every(isSignoffRecord)) {
    return fail('a signature record is malformed');
  }
  const keys = file.relayKeys;
  if (
    !Array.isArray(keys) ||
    !keys.every((k) => isPublicKeyJwk((k as { publicKey?: unknown })?.publicKey))
  ) {
    return fail('relay keys are malformed');
  }
  return { ok: true, file: value as SignedVersionFile };
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

/** Hash of a signed-version file's content, recomputed. */
export function fileContentHash(file: SignedVersionFile): Promise<string> {
  return sha256Hex(canonicalJson(file.content));
}
