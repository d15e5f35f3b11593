import type * as Y from 'yjs';
import { exportPublicKey, generateSigningKeyPair } from '../../shared/versions/signoff/ecdsa.ts';
import type { KeyRegistration } from '../../shared/versions/signoff/signoffRecord.ts';
import { signVersion } from '../../shared/versions/signoff/signVersion.ts';
import { versionContent } from '../../shared/versions/signoff/versionContent.ts';
import { readVersions } from '../../shared/versions/versionStore.ts';
import { grantFor } from '../auth/grantStore.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';
import { registerKey, sendSignoff } from './signoffApi.ts';

/**
 * This device's key for the chair's access link, registered by the relay for `docId`:
 * created on first use (private half non-extractable, kept in IndexedDB), registered once.
 */
async function registeredKey(
  db: ProtocolDatabase,
  docId: string,
  linkId: string,
): Promise<{ privateKey: CryptoKey; registration: KeyRegistration }> {
  let row = await db.signingKeys.get(linkId);
  if (!row) {
    row = { id: linkId, keys: await generateSigningKeyPair(), registrations: {} };
    await db.signingKeys.put(row);
  }
  let registration = row.registrations[docId];
  if (!registration) {
    registration = await registerKey(docId, await exportPublicKey(row.keys.publicKey));
    await db.signingKeys.update(linkId, {
      registrations: { ...row.registrations, [docId]: registration },
    });
  }
  return { privateKey: row.keys.privateKey, registration };
}

/**
 * Signs a version as the chair this device's access link names: checks the version's
 * content still hashes to what it records, signs document, label, hash, signer,
 * partnership and time, and sends it to the relay, which checks and records it.
 */
export async function signAsChair(
  db: ProtocolDatabase,
  doc: Y.Doc,
  docId: string,
  versionId: string,
): Promise<void> {
  const stored = grantFor(docId);
  if (stored?.grant.role !== 'chair') throw new Error('Only a partnership’s chair can sign.');
  const version = readVersions(doc).find((v) => v.id === versionId);
  const rebuilt = version && (await versionContent(doc, versionId));
  if (!version || !rebuilt) throw new Error('This version cannot be found.');
  const { hash } = rebuilt;
  if (hash !== version.contentHash) {
    throw new Error(
      `Version ${version.label} no longer matches its recorded hash; save a new version.`,
    );
  }
  const { privateKey, registration } = await registeredKey(db, docId, stored.grant.lid);
  const record = await signVersion(
    privateKey,
    registration,
    { id: version.id, label: version.label, contentHash: hash },
    new Date().toISOString(),
  );
  await sendSignoff(docId, record);
}
