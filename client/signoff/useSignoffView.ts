import { useMemo } from 'react';
import type * as Y from 'yjs';
import { findPartnership } from '../../shared/register/findPartnership.ts';
import type { Partnership } from '../../shared/register/Partnership.ts';
import { grantFor } from '../auth/grantStore.ts';
import type { SignoffView } from '../blocks/BlocksContext.tsx';
import { database } from '../session/database.ts';
import { signAsChair } from './signAsChair.ts';
import { useRelayKeys } from './useRelayKeys.ts';
import { useSignoff } from './useSignoff.ts';

/** Sign-off of the open document: its state, whether this person chairs, how to sign. */
export function useSignoffView(
  doc: Y.Doc,
  docId: string,
  partnerships: Partnership[],
): SignoffView & { relayKeys: ReturnType<typeof useRelayKeys> } {
  const db = database();
  const relayKeys = useRelayKeys(db, docId);
  const state = useSignoff(doc, docId, relayKeys);
  const grant = useMemo(() => grantFor(docId)?.grant, [docId]);
  const chairPartnershipId =
    grant?.role === 'chair'
      ? findPartnership(partnerships, grant.partnership ?? '')?.id
      : undefined;
  return useMemo(
    () => ({
      state,
      chairPartnershipId,
      relayKeys,
      sign: (versionId: string) => signAsChair(db, doc, docId, versionId),
    }),
    [state, chairPartnershipId, relayKeys, db, doc, docId],
  );
}
