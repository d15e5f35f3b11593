import * as Y from 'yjs';
import type { BlockContext, BlockDefinition } from './BlockDefinition.ts';
import { newId } from './newId.ts';

/** Root map of every structured block's data, keyed by block id. */
export function blocksMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('blocks');
}

/** Creates a block's data (one transaction) and returns its id, for the editor node to hold. */
export function createBlock(
  doc: Y.Doc,
  definition: BlockDefinition,
  context: Pick<BlockContext, 'partnerships'>,
): string {
  const id = newId('b');
  doc.transact(() => {
    const block = new Y.Map<unknown>();
    blocksMap(doc).set(id, block);
    block.set('type', definition.type);
    definition.create(block, context);
  });
  return id;
}

/** A block's data map, when it exists and is of the expected type. */
export function blockData(doc: Y.Doc, blockId: string, type?: string): Y.Map<unknown> | undefined {
  const block = blocksMap(doc).get(blockId);
  if (!block) return undefined;
  if (type !== undefined && block.get('type') !== type) return undefined;
  return block;
}

/**
 * Copies a block's data under a new id (a pasted or duplicated block must not share
 * its cells with the original). Returns the new id, or undefined if there is no source.
 */
export function duplicateBlock(doc: Y.Doc, blockId: string): string | undefined {
  const source = blocksMap(doc).get(blockId);
  if (!source) return undefined;
  const id = newId('b');
  doc.transact(() => blocksMap(doc).set(id, source.clone()));
  return id;
}
