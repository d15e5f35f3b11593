import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';

/** The relay keys kept on this device, by fingerprint: what signatures are checked against. */
export async function storedRelayKeys(db: ProtocolDatabase): Promise<Map<string, PublicKeyJwk>> {
  const rows = await db.relayKeys.toArray();
  return new Map(rows.map((row) => [row.fingerprint, row.publicKey]));
}
