import type * as Y from 'yjs';
import { grantCovers, type Grant } from '../../shared/auth/grant.ts';
import type { CloseCodeName } from '../../shared/protocol/closeCodes.ts';
import { log } from '../log.ts';
import type { AccessControl, AccessRefusal, Revocable } from './AccessControl.ts';
import { screenFrame } from './screenFrame.ts';
import { tokenFromRequest } from './tokenFromRequest.ts';

/** What the gate needs of a relay connection. */
export interface GatedConnection extends Revocable {
  readonly socket: { once(event: 'close', listener: () => void): unknown };
}

/**
 * The relay's access rules. `admit` runs once per WebSocket, before the room is loaded;
 * `screen` sees every frame of an admitted connection before it is handled.
 */
export interface RelayAccess {
  /** The close code to refuse the upgrade with, or `undefined` when admitted. */
  admit(
    connection: GatedConnection,
    url: string | undefined,
    docId: string,
  ): CloseCodeName | undefined;
  /** The frame to handle (possibly rewritten), or the close code to refuse it with. */
  screen(doc: Y.Doc, connection: GatedConnection, frame: Uint8Array): Uint8Array | CloseCodeName;
}

/** AUTH=off: everyone is admitted and frames pass unchanged. */
export const OPEN_RELAY_ACCESS: RelayAccess = {
  admit: () => undefined,
  screen: (_doc, _connection, frame) => frame,
};

const CLOSE_FOR: Record<AccessRefusal, CloseCodeName> = {
  unauthorized: 'unauthorized',
  'token-expired': 'tokenExpired',
  'access-revoked': 'accessRevoked',
};

/** setTimeout's longest delay; a later expiry is caught on the next connect instead. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Token access on the relay: the `token` query parameter must verify and cover the
 * document; the connection's presence is labelled from its grant; a viewer's frames that
 * would change the document close it with `readOnly`; it is closed with `tokenExpired`
 * when its grant expires and with `accessRevoked` when its link is revoked.
 */
export function tokenRelayAccess(access: AccessControl): RelayAccess {
  const grants = new WeakMap<GatedConnection, Grant>();
  return {
    admit(connection, url, docId) {
      const verdict = access.check(tokenFromRequest({ url, headers: {} }));
      if (!verdict.ok) return refuse(docId, CLOSE_FOR[verdict.refusal]);
      const { grant } = verdict;
      if (!grantCovers(grant, docId)) return refuse(docId, 'wrongDocument', grant.lid);
      grants.set(connection, grant);
      const untrack = access.track(grant.lid, connection);
      const untilExpiry = grant.exp * 1000 - Date.now();
      const expiry =
        untilExpiry < MAX_TIMER_MS
          ? setTimeout(() => connection.close('tokenExpired'), untilExpiry).unref()
          : undefined;
      connection.socket.once('close', () => {
        untrack();
        clearTimeout(expiry);
      });
      access.noteSeen(grant);
      return undefined;
    },
    screen(doc, connection, frame) {
      const grant = grants.get(connection);
      if (!grant) return 'unauthorized';
      return screenFrame(doc, grant, frame);
    },
  };
}

function refuse(docId: string, reason: CloseCodeName, lid?: string): CloseCodeName {
  log('warn', 'connection-refused', { docId, reason, lid });
  return reason;
}
