import { connectProvider, whenSynced } from './connectProvider.ts';
import { waitFor } from './waitFor.ts';

/** Two providers on one document, to show that an incident elsewhere left it syncing. */
export interface BystanderPair {
  /** Types a new marker on one peer and waits for the other (alternating directions). */
  expectStillSyncing(): Promise<void>;
  destroy(): void;
}

/** Connects two official `WebsocketProvider`s (no token) to `docId` and waits until synced. */
export async function bystanderPair(wsUrl: string, docId: string): Promise<BystanderPair> {
  const peers = [connectProvider(wsUrl, docId), connectProvider(wsUrl, docId)] as const;
  await Promise.all(peers.map((peer) => whenSynced(peer.provider)));
  let round = 0;
  return {
    async expectStillSyncing() {
      const [from, to] = round % 2 === 0 ? peers : [peers[1], peers[0]];
      const marker = `bystander ${++round};`;
      from.doc.getText('title').insert(0, marker);
      await waitFor(() => to.doc.getText('title').toString().startsWith(marker), {
        message: `"${marker}" to reach the other peer of ${docId}`,
      });
    },
    destroy() {
      for (const peer of peers) peer.destroy();
    },
  };
}
