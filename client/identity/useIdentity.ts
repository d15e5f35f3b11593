import { useCallback, useState } from 'react';
import { loadIdentity, saveIdentity, type Identity } from './identity.ts';

/** The identity kept on this device, and a setter that persists it. */
export function useIdentity(): [Identity, (next: Identity) => void] {
  const [identity, setIdentity] = useState(loadIdentity);
  const update = useCallback((next: Identity) => {
    saveIdentity(next);
    setIdentity(next);
  }, []);
  return [identity, update];
}
