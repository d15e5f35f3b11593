import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { TOKEN_PARAM } from '../../shared/auth/accessToken.ts';
import { createDoc } from '../../shared/document/docFields.ts';
import type { ConnectedPeer } from './connectProvider.ts';

/**
 * Connects the official `WebsocketProvider` the way the app does when auth is on: the
 * token rides in the `token` query parameter via the provider's `params` option.
 */
export function connectWithToken(
  wsUrl: string,
  docId: string,
  token: string,
  doc: Y.Doc = createDoc(),
): ConnectedPeer {
  const provider = new WebsocketProvider(wsUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { [TOKEN_PARAM]: token },
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** How a raw socket ended: its close code and reason, and how many frames it received. */
export interface SocketOutcome {
  code: number;
  reason: string;
  frames: number;
}

/**
 * Opens a raw WebSocket to `url` (e.g. `${wsUrl}/doc?token=…`) and resolves once the relay
 * closes it, counting the frames received before: a refused socket gets none.
 */
export function socketOutcome(url: string): Promise<SocketOutcome> {
  const socket = new WebSocket(url);
  let frames = 0;
  socket.on('message', () => frames++);
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString(), frames }));
  });
}
