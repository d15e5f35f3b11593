import type * as Y from 'yjs';
import { createDoc } from '../document/docFields.ts';
import { readContent } from '../document/readContent.ts';
import { applyTemplate } from '../templates/applyTemplate.ts';
import { barnsleyExample } from '../templates/examples/barnsleyExample.ts';
import { contentHash } from '../versions/contentHash.ts';
import {
  exportPublicKey,
  generateSigningKeyPair,
  keyFingerprint,
  signPayload,
} from '../versions/signoff/ecdsa.ts';
import type {
  KeyRegistration,
  PublicKeyJwk,
  SignoffRecord,
} from '../versions/signoff/signoffRecord.ts';
import { signVersion } from '../versions/signoff/signVersion.ts';
import { saveVersion } from '../versions/versionStore.ts';

/** The document id every record of these fixtures is made for. */
export const SIGNING_DOC = 'barnsley-protocol';

/** A key that registers chairs' keys, as a relay's does. */
export interface Authority {
  keys: CryptoKeyPair;
  publicKey: PublicKeyJwk;
  fingerprint: string;
}

export async function authority(): Promise<Authority> {
  const keys = await generateSigningKeyPair();
  const publicKey = await exportPublicKey(keys.publicKey);
  return { keys, publicKey, fingerprint: await keyFingerprint(publicKey) };
}

/** The keys an authority trusts to register chairs, as readers are given them. */
export function trustedKeys(relay: Authority): Map<string, PublicKeyJwk> {
  return new Map([[relay.fingerprint, relay.publicKey]]);
}

export interface Chair {
  keys: CryptoKeyPair;
  registration: KeyRegistration;
}

/** A chair's key registered by `relay` for a partnership (what the relay does on request). */
export async function registeredChair(
  relay: Authority,
  partnershipId: string,
  signerName: string,
): Promise<Chair> {
  const keys = await generateSigningKeyPair();
  const payload = {
    kind: 'protocol-key-registration' as const,
    v: 1 as const,
    docId: SIGNING_DOC,
    partnershipId,
    partnershipName: partnershipId,
    signerName,
    organisation: `${partnershipId} board`,
    publicKey: await exportPublicKey(keys.publicKey),
    registeredAt: '2026-11-22T09:00:00.000Z',
    relayKey: relay.fingerprint,
  };
  return {
    keys,
    registration: { payload, signature: await signPayload(relay.keys.privateKey, payload) },
  };
}

/** `chair`'s signature of `version`. */
export function sign(
  chair: Chair,
  version: { id: string; label: string; contentHash: string },
): Promise<SignoffRecord> {
  return signVersion(
    chair.keys.privateKey,
    chair.registration,
    version,
    '2026-11-22T10:00:00.000Z',
  );
}

/** Saves a named version of `doc` as it is now. */
export async function savedVersion(doc: Y.Doc, label: string) {
  const hash = await contentHash(readContent(doc));
  const id = saveVersion(doc, {
    label,
    author: 'Wendy Lowder',
    rationale: 'For sign-off',
    createdAt: '2026-11-22T08:00:00Z',
    contentHash: hash,
  });
  return { id, label, contentHash: hash };
}

/** A document made from the Barnsley example. */
export function barnsley(): Y.Doc {
  const doc = createDoc();
  applyTemplate(doc, barnsleyExample);
  return doc;
}
