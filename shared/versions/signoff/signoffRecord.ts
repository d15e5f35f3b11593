/**
 * The records sign-off is made of. Every signed object is `{ payload, signature }`: the
 * signature is ECDSA P-256 with SHA-256 (IEEE P1363 r‖s, base64url) over the UTF-8 bytes of
 * the payload's canonical JSON (the same canonical form content hashes use).
 */

/** A public key as WebCrypto exports it (JWK, EC P-256); only these fields are kept. */
export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/**
 * What the relay attests when a chair registers a key: this person, holding a chair's
 * access for this partnership of this document, holds the private half of `publicKey`.
 */
export interface KeyRegistrationPayload {
  kind: 'protocol-key-registration';
  v: 1;
  docId: string;
  /** The register id of the partnership the chair signs for. */
  partnershipId: string;
  /** The partnership's name when the key was registered (for people reading the record). */
  partnershipName: string;
  signerName: string;
  organisation: string;
  publicKey: PublicKeyJwk;
  /** ISO date-time. */
  registeredAt: string;
  /** Fingerprint of the relay key that signs this registration. */
  relayKey: string;
}

/** A key registration signed by the relay's own key. */
export interface KeyRegistration {
  payload: KeyRegistrationPayload;
  signature: string;
}

/** What a chair signs: exactly one version of one document, for one partnership. */
export interface SignoffPayload {
  kind: 'protocol-signoff';
  v: 1;
  docId: string;
  versionId: string;
  label: string;
  /** The version's content hash (see contentHash): the signature covers this content. */
  contentHash: string;
  signerName: string;
  organisation: string;
  partnershipId: string;
  partnershipName: string;
  /** ISO date-time. */
  signedAt: string;
}

/** A chair's signature with the registration of the key that made it. */
export interface SignoffRecord {
  payload: SignoffPayload;
  /** Made with the private key whose public half `registration` names. */
  signature: string;
  registration: KeyRegistration;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is a P-256 public JWK. */
export function isPublicKeyJwk(value: unknown): value is PublicKeyJwk {
  return (
    isObject(value) &&
    value.kty === 'EC' &&
    value.crv === 'P-256' &&
    isString(value.x) &&
    isString(value.y)
  );
}

/** Only the public fields of a JWK, in the shape records carry. */
export function publicKeyJwk(jwk: { x?: string; y?: string }): PublicKeyJwk {
  if (!jwk.x || !jwk.y) throw new Error('Not an EC public key');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

function hasStrings(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => isString(value[key]));
}

function isRegistrationPayload(value: unknown): value is KeyRegistrationPayload {
  return (
    isObject(value) &&
    value.kind === 'protocol-key-registration' &&
    value.v === 1 &&
    isPublicKeyJwk(value.publicKey) &&
    hasStrings(value, [
      'docId',
      'partnershipId',
      'partnershipName',
      'signerName',
      'organisation',
      'registeredAt',
      'relayKey',
    ])
  );
}

/** Whether a value has a key registration's shape (signature not checked). */
export function isKeyRegistration(value: unknown): value is KeyRegistration {
  return isObject(value) && isRegistrationPayload(value.payload) && isString(value.signature);
}

function isSignoffPayload(value: unknown): value is SignoffPayload {
  return (
    isObject(value) &&
    value.kind === 'protocol-signoff' &&
    value.v === 1 &&
    hasStrings(value, [
      'docId',
      'versionId',
      'label',
      'contentHash',
      'signerName',
      'organisation',
      'partnershipId',
      'partnershipName',
      'signedAt',
    ])
  );
}

/** Whether a value has a sign-off record's shape (signatures not checked). */
export function isSignoffRecord(value: unknown): value is SignoffRecord {
  return (
    isObject(value) &&
    isSignoffPayload(value.payload) &&
    isString(value.signature) &&
    isKeyRegistration(value.registration)
  );
}
