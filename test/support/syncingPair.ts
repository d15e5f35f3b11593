import { expect } from 'vitest';
import type { ConnectedPeer } from './connectProvider.ts';
import { whenSynced } from './connectProvider.ts';
import { connectWithToken } from './connectWithToken.ts';
import type { TestGrantInit } from './testAuth.ts';
import { waitFor } from './waitFor.ts';

/** Two editors on one document, to show a refusal elsewhere did not disturb it. */
export interface SyncingPair {
  /** Types on one peer and waits for the other to see it (both directions over time). */
  expectStillSyncing(): Promise<void>;
  destroy(): void;
}

/**
 * Connects two editors (valid tokens from `mint`) to `docId` and waits until both synced.
 * Call `expectStillSyncing()` after each refusal under test.
 */
export async function syncingPair(
  relay: { wsUrl: string; mint(init: TestGrantInit): string },
  docId: string,
): Promise<SyncingPair> {
  const peers: ConnectedPeer[] = ['Ada', 'Ben'].map((name) =>
    connectWithToken(relay.wsUrl, docId, relay.mint({ doc: docId, role: 'editor', name })),
  );
  await Promise.all(peers.map((peer) => whenSynced(peer.provider)));
  let round = 0;
  return {
    async expectStillSyncing() {
      const [from, to] = round % 2 === 0 ? peers : [...peers].reverse();
      const marker = `still syncing ${++round};`;
      from?.doc.getText('title').insert(0, marker);
      await waitFor(() => to?.doc.getText('title').toString().startsWith(marker), {
        message: `"${marker}" to reach the other peer of ${docId}`,
      });
      expect(peers.every((peer) => peer.provider.wsconnected)).toBe(true);
    },
    destroy() {
      for (const peer of peers) peer.destroy();
    },
  };
}
