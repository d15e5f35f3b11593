import { signPayload } from './ecdsa.ts';
import type { KeyRegistration, SignoffPayload, SignoffRecord } from './signoffRecord.ts';

/**
 * A chair's sign-off of one version, signed with the private key `registration` names:
 * the document, version label, content hash, signer, partnership and time.
 */
export async function signVersion(
  privateKey: CryptoKey,
  registration: KeyRegistration,
  version: { id: string; label: string; contentHash: string },
  signedAt: string,
): Promise<SignoffRecord> {
  const registered = registration.payload;
  const payload: SignoffPayload = {
    kind: 'protocol-signoff',
    v: 1,
    docId: registered.docId,
    versionId: version.id,
    label: version.label,
    contentHash: version.contentHash,
    signerName: registered.signerName,
    organisation: registered.organisation,
    partnershipId: registered.partnershipId,
    partnershipName: registered.partnershipName,
    signedAt,
  };
  return { payload, signature: await signPayload(privateKey, payload), registration };
}
