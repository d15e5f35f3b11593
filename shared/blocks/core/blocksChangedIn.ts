import type * as Y from 'yjs';
import { blocksMap } from './blockStore.ts';

/**
 * The ids of the blocks whose data a Yjs transaction changed, given its
 * `changedParentTypes` (every changed type and each of its ancestors): the keys of the
 * `blocks` map under which a change happened, in the order the types appear, each id once.
 * A block added or removed whole is a change of the map itself, and names no block: its
 * node in the body is added or removed with it.
 */
export function blocksChangedIn(
  doc: Y.Doc,
  changedTypes: Iterable<{ _item: Y.Item | null }>,
): string[] {
  const blocks: unknown = blocksMap(doc);
  const ids = new Set<string>();
  for (const type of changedTypes) {
    const item = type._item;
    if (item && item.parent === blocks && item.parentSub !== null) ids.add(item.parentSub);
  }
  return [...ids];
}
