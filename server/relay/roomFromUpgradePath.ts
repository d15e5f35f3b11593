import { WS_PATH } from '../../shared/protocol/paths.ts';
import { decodeDocId, rawPathOf } from '../decodeDocId.ts';

/** Where a WebSocket upgrade request points. */
export type UpgradeTarget =
  { kind: 'outside' } | { kind: 'invalid-doc-id' } | { kind: 'document'; docId: string };

/**
 * Classifies an upgrade URL. `${WS_PATH}/<docId>` (query allowed) opens a room; anything
 * else under `${WS_PATH}` is an invalid document id; other paths are not ours. The raw path is
 * used, never a normalised one, so `/ws/../x` stays an invalid id rather than becoming `/x`.
 */
export function roomFromUpgradePath(url: string | undefined): UpgradeTarget {
  const path = rawPathOf(url);
  if (path !== WS_PATH && !path.startsWith(`${WS_PATH}/`)) return { kind: 'outside' };
  const docId = decodeDocId(path.slice(WS_PATH.length + 1));
  return docId === undefined ? { kind: 'invalid-doc-id' } : { kind: 'document', docId };
}
