import type { DocStore } from '../relay/DocStore.ts';
import { AccessControl } from './AccessControl.ts';
import { GrantStore } from './GrantStore.ts';
import { OPEN_RELAY_ACCESS, tokenRelayAccess, type RelayAccess } from './relayAccess.ts';
import type { ResolvedAuth } from './resolveAuth.ts';

/** Access control as the relay and the API use it. */
export interface AccessRuntime {
  /** The relay's gate (admits everyone when auth is off). */
  relay: RelayAccess;
  /** The API's authority, or `'off'`. */
  api: AccessControl | 'off';
  /** Waits for registry writes in flight; call before closing the store. */
  close(): Promise<void>;
}

/** Builds access control on the relay's store: the registry shares its database. */
export async function openAccess(auth: ResolvedAuth, store: DocStore): Promise<AccessRuntime> {
  if (auth.mode === 'off') {
    return { relay: OPEN_RELAY_ACCESS, api: 'off', close: () => Promise.resolve() };
  }
  const access = await AccessControl.open(auth.secret, new GrantStore(store.database));
  return { relay: tokenRelayAccess(access), api: access, close: () => access.close() };
}
