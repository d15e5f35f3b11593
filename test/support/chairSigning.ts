import { expect } from 'vitest';
import type * as Y from 'yjs';
import type { Grant } from '../../shared/auth/grant.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { readContent } from '../../shared/document/readContent.ts';
import { SIGNING_KEY_PATH, signingKeysPath, signoffsPath } from '../../shared/protocol/paths.ts';
import { addPartnership } from '../../shared/register/register.ts';
import { contentHash } from '../../shared/versions/contentHash.ts';
import { exportPublicKey, generateSigningKeyPair } from '../../shared/versions/signoff/ecdsa.ts';
import type {
  KeyRegistration,
  PublicKeyJwk,
  SignoffRecord,
} from '../../shared/versions/signoff/signoffRecord.ts';
import { proposeForSignoff } from '../../shared/versions/signoff/signoffStore.ts';
import { signVersion } from '../../shared/versions/signoff/signVersion.ts';
import { readVersions, saveVersion } from '../../shared/versions/versionStore.ts';
import { apiCall, type ApiAnswer } from './apiCall.ts';
import type { TestServer } from './startTestServer.ts';

/** A chair's device: an access token and a key pair the relay registered. */
export interface TestChair {
  token: string;
  keys: CryptoKeyPair;
  registration: KeyRegistration;
}

/** Mints a chair's access to `docId` and registers a fresh key pair through the API. */
export async function registerChair(
  relay: TestServer,
  docId: string,
  partnership: string,
  name: string,
): Promise<TestChair> {
  const grant: Partial<Grant> = { partnership, name, organisation: `${partnership} board` };
  const token = relay.mint({ doc: docId, role: 'chair', ...grant });
  const keys = await generateSigningKeyPair();
  const answer = await apiCall(relay.url, signingKeysPath(docId), {
    method: 'POST',
    token,
    body: { publicKey: await exportPublicKey(keys.publicKey) },
  });
  expect(answer.status).toBe(201);
  const { registration } = answer.body as { registration: KeyRegistration };
  return { token, keys, registration };
}

/** Signs a version of `doc` as `chair` (after `change`, to tamper) and sends it to the relay. */
export async function sendSignoff(
  relay: TestServer,
  chair: TestChair,
  doc: Y.Doc,
  versionId: string,
  change: (record: SignoffRecord) => void = () => undefined,
): Promise<ApiAnswer> {
  const version = readVersions(doc).find((v) => v.id === versionId)!;
  const record = await signVersion(
    chair.keys.privateKey,
    chair.registration,
    version,
    new Date().toISOString(),
  );
  change(record);
  return apiCall(relay.url, signoffsPath(chair.registration.payload.docId), {
    method: 'POST',
    token: chair.token,
    body: { record },
  });
}

/** The relay's public key, by fingerprint, as a client fetches it. */
export async function relayKeysOf(
  relay: TestServer,
  token: string,
): Promise<Map<string, PublicKeyJwk>> {
  const key = (await apiCall(relay.url, SIGNING_KEY_PATH, { token })).body as {
    publicKey: PublicKeyJwk;
    fingerprint: string;
  };
  return new Map([[key.fingerprint, key.publicKey]]);
}

/** Fills `doc` with a title and two partnerships (SAB, HWBB). */
export function writeDraft(doc: Y.Doc): void {
  doc.transact(() => {
    titleText(doc).insert(0, 'Joint Working Protocol');
    addPartnership(doc, { name: 'Safeguarding Adults Board', acronym: 'SAB' });
    addPartnership(doc, { name: 'Health and Wellbeing Board', acronym: 'HWBB' });
  });
}

/** Saves a named version of `doc` as it is now, proposed for sign-off when `propose`. */
export async function saveNamedVersion(
  doc: Y.Doc,
  label: string,
  propose = false,
): Promise<string> {
  const id = saveVersion(doc, {
    label,
    author: 'Wendy Lowder',
    rationale: `${label} for the boards`,
    createdAt: new Date().toISOString(),
    contentHash: await contentHash(readContent(doc)),
  });
  if (propose) proposeForSignoff(doc, id, new Date().toISOString());
  return id;
}
