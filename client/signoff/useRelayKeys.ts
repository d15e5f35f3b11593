import { useEffect, useState } from 'react';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';
import { fetchRelayKey } from './signoffApi.ts';
import { storedRelayKeys } from './storedRelayKeys.ts';

/**
 * The relay keys this device trusts to register chairs' keys: those kept from earlier
 * visits (so signatures can be checked offline) and the relay's current one, fetched and kept.
 */
export function useRelayKeys(
  db: ProtocolDatabase,
  docId: string,
): ReadonlyMap<string, PublicKeyJwk> {
  const [keys, setKeys] = useState<ReadonlyMap<string, PublicKeyJwk>>(new Map());
  useEffect(() => {
    let live = true;
    const load = async () => {
      const fetched = await fetchRelayKey(docId);
      if (fetched) await db.relayKeys.put(fetched);
      const stored = await storedRelayKeys(db);
      if (live) setKeys(stored);
    };
    load().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db, docId]);
  return keys;
}
