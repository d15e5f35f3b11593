import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';

/** A provider with its Y.Doc. */
export interface ConnectedPeer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Disconnects and destroys the provider and the doc. */
  destroy(): void;
}

/**
 * Connects the official y-websocket `WebsocketProvider` (with `ws` as its WebSocket, and
 * BroadcastChannel off so peers in one process can only meet through the relay).
 * `wsUrl` is the relay's `ws://host:port/ws`.
 */
export function connectProvider(
  wsUrl: string,
  docId: string,
  doc: Y.Doc = createDoc(),
): ConnectedPeer {
  const provider = new WebsocketProvider(wsUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
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

/** Resolves once the provider has completed its first sync with the relay. */
export function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}

/** Resolves with the code and reason of the relay's next terminal close (4400–4499). */
export function whenClosed(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    provider.once('closed', (event) => resolve({ code: event.code, reason: event.reason }));
  });
}
