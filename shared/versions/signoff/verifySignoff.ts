import { verifyPayload } from './ecdsa.ts';
import type { PublicKeyJwk, SignoffRecord } from './signoffRecord.ts';

/** Why a signature does not count. */
export type InvalidReason =
  | 'unregistered-key'
  | 'wrong-document'
  | 'wrong-partnership'
  | 'wrong-signer'
  | 'bad-signature'
  | 'other-version'
  | 'content-changed';

/** How each reason is explained to people. */
export const INVALID_REASON_TEXT: Record<InvalidReason, string> = {
  'unregistered-key': 'signed with a key the relay never registered to this chair',
  'wrong-document': 'made for another document',
  'wrong-partnership': 'the key is registered to another partnership',
  'wrong-signer': 'the signer named is not the person the key is registered to',
  'bad-signature': 'the record was changed after it was signed',
  'other-version': 'made for another version',
  'content-changed': 'the version’s content is not the content that was signed',
};

export type Verdict = { valid: true } | { valid: false; reason: InvalidReason };

/** What a signature is checked against. */
export interface SignoffContext {
  docId: string;
  /** The version as it is now: its id, label and the hash of its content, recomputed. */
  version: { id: string; label: string; contentHash: string };
  /** Relay keys trusted to register chairs' keys, by fingerprint. */
  relayKeys: ReadonlyMap<string, PublicKeyJwk>;
}

/**
 * Checks one sign-off record: the relay registered the key to this chair of this
 * partnership of this document, the chair's signature covers the record unchanged, and the
 * record is for this version with exactly this content.
 */
export async function verifySignoff(
  record: SignoffRecord,
  context: SignoffContext,
): Promise<Verdict> {
  const { payload, registration } = record;
  const registered = registration.payload;
  const relayKey = context.relayKeys.get(registered.relayKey);
  if (!relayKey || !(await verifyPayload(relayKey, registered, registration.signature))) {
    return invalid('unregistered-key');
  }
  if (registered.docId !== context.docId || payload.docId !== context.docId) {
    return invalid('wrong-document');
  }
  if (payload.partnershipId !== registered.partnershipId) return invalid('wrong-partnership');
  if (
    payload.signerName !== registered.signerName ||
    payload.organisation !== registered.organisation
  ) {
    return invalid('wrong-signer');
  }
  if (!(await verifyPayload(registered.publicKey, payload, record.signature))) {
    return invalid('bad-signature');
  }
  if (payload.versionId !== context.version.id || payload.label !== context.version.label) {
    return invalid('other-version');
  }
  if (payload.contentHash !== context.version.contentHash) return invalid('content-changed');
  return { valid: true };
}

function invalid(reason: InvalidReason): Verdict {
  return { valid: false, reason };
}
