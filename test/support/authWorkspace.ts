import type { Grant } from '../../shared/auth/grant.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { RawRelayClient } from './RawRelayClient.ts';
import { startTestServer, type TestServer } from './startTestServer.ts';
import { syncingPair, type SyncingPair } from './syncingPair.ts';

/**
 * A relay with auth on holding two titled documents (`doc-alpha` "Alpha", `doc-beta` "Beta"),
 * a workspace owner's token, and a pair of peers on another document that keep syncing, to
 * show that a refusal never disturbs anyone else.
 */
export interface AuthWorkspace {
  relay: TestServer;
  healthy: SyncingPair;
  owner: string;
  token(doc: string, role: Role, extra?: Partial<Grant>): string;
  dispose(): Promise<void>;
}

/** Starts an `AuthWorkspace`. */
export async function startAuthWorkspace(): Promise<AuthWorkspace> {
  const relay = await startTestServer({ auth: true });
  const token = (doc: string, role: Role, extra: Partial<Grant> = {}) =>
    relay.mint({ doc, role, ...extra });
  const healthy = await syncingPair(relay, 'healthy-doc');
  for (const [docId, title] of [
    ['doc-alpha', 'Alpha'],
    ['doc-beta', 'Beta'],
  ]) {
    const client = await RawRelayClient.connect(
      relay.wsUrl,
      `${docId}?token=${token(docId!, 'editor')}`,
    );
    client.doc.getText('title').insert(0, title!);
    await client.durableState();
    await client.close();
  }
  return {
    relay,
    healthy,
    owner: token('*', 'owner', { name: 'Owner' }),
    token,
    async dispose() {
      healthy.destroy();
      await relay.dispose();
    },
  };
}

/** The ids of a `GET /api/docs` answer. */
export function documentIds(body: unknown): string[] {
  return (body as { documents: Array<{ id: string }> }).documents.map((d) => d.id);
}
