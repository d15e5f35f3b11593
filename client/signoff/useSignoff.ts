import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { documentSignoff } from '../../shared/versions/signoff/documentSignoff.ts';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import type { SignoffState } from '../../shared/versions/signoff/signoffState.ts';
import { sameData } from '../ui/sameData.ts';

const SETTLE_MS = 300;

/**
 * Where the document's sign-off stands, checked again (every signature verified) shortly
 * after each change, so an edit after sign-off shows "changed since" at once.
 */
export function useSignoff(
  doc: Y.Doc,
  docId: string,
  relayKeys: ReadonlyMap<string, PublicKeyJwk>,
): SignoffState | undefined {
  const [state, setState] = useState<SignoffState>();
  useEffect(() => {
    let run = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const mine = ++run;
      documentSignoff(doc, docId, relayKeys)
        .then((next) => {
          if (mine === run) setState((previous) => (sameData(previous, next) ? previous : next));
        })
        .catch(() => undefined);
    };
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    };
    check();
    doc.on('update', onUpdate);
    return () => {
      run++;
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc, docId, relayKeys]);
  return state;
}
