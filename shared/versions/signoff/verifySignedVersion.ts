import type { Partnership } from '../../register/Partnership.ts';
import { keyFingerprint } from './ecdsa.ts';
import type { PublicKeyJwk } from './signoffRecord.ts';
import { fileContentHash, type SignedVersionFile } from './signedVersionFile.ts';
import { signoffState, type SignoffState } from './signoffState.ts';
import { verifySignoff } from './verifySignoff.ts';

/** What checking a signed-version file found. */
export interface SignedVersionReport {
  label: string;
  /** The content hashes to the hash the version states. */
  hashValid: boolean;
  statedHash: string;
  actualHash: string;
  /** The relay key that registered the chairs' keys is one the verifier trusts. */
  relayKeyTrusted: boolean;
  relayFingerprints: string[];
  state: SignoffState;
  /** Hash valid, relay key trusted, and no signature invalid. */
  valid: boolean;
}

/**
 * Checks a signed-version file offline: the content against its hash, every signature
 * against the content, and each chair's key registration against the relay keys trusted
 * (by fingerprint). A relay key named only by the file itself is used to report, not trusted.
 */
export async function verifySignedVersion(
  file: SignedVersionFile,
  trustedFingerprints: ReadonlySet<string>,
): Promise<SignedVersionReport> {
  const actualHash = await fileContentHash(file);
  const keys = new Map<string, PublicKeyJwk>();
  for (const { publicKey } of file.relayKeys) keys.set(await keyFingerprint(publicKey), publicKey);
  const relayFingerprints = [...keys.keys()];
  const relayKeyTrusted = relayFingerprints.some((f) => trustedFingerprints.has(f));
  const trusted = new Map([...keys].filter(([f]) => trustedFingerprints.has(f)));
  const relayKeys = relayKeyTrusted ? trusted : keys;
  const version = { id: file.version.id, label: file.version.label, contentHash: actualHash };
  const checked = await Promise.all(
    file.signoffs.map(async (record) => ({
      record,
      verdict: await verifySignoff(record, { docId: file.docId, version, relayKeys }),
    })),
  );
  const partnerships = Array.isArray(file.content.partnerships)
    ? (file.content.partnerships as Partnership[])
    : [];
  const state = signoffState({ version, partnerships, checked, currentHash: actualHash });
  const hashValid = actualHash === file.version.contentHash;
  return {
    label: file.version.label,
    hashValid,
    statedHash: file.version.contentHash,
    actualHash,
    relayKeyTrusted,
    relayFingerprints,
    state,
    valid:
      hashValid &&
      relayKeyTrusted &&
      state.partnerships.every((p) => p.status !== 'invalid') &&
      checked.every(({ verdict }) => verdict.valid),
  };
}
