import type { KeyRegistration, PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';

/**
 * A chair's key pair on this device, one per access link (`id` is the link id). The private
 * key is a non-extractable CryptoKey: IndexedDB keeps it, nobody can read it out.
 */
export interface SigningKeyRow {
  id: string;
  keys: CryptoKeyPair;
  /** The relay's registration of the public key, per document id. */
  registrations: Record<string, KeyRegistration>;
}

/** A relay's public key, kept so signatures can be checked offline. */
export interface RelayKeyRow {
  fingerprint: string;
  publicKey: PublicKeyJwk;
}
