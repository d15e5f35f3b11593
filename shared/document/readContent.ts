import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Node as PMNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { blocksMap } from '../blocks/core/blockStore.ts';
import { blockDefinition } from '../blocks/registry.ts';
import type { Partnership } from '../register/Partnership.ts';
import { readRegister } from '../register/register.ts';
import { protocolSchema } from '../schema.ts';
import { bodyFragment, titleText } from './docFields.ts';

/** A structured block as plain data. */
export interface BlockContent {
  id: string;
  type: string;
  data: unknown;
}

/** Everything a document holds, as plain data: what export, validation and versions read. */
export interface DocumentContent {
  title: string;
  /** The rich-text body as ProseMirror JSON; blocks appear as nodes holding `blockId`. */
  body: Record<string, unknown>;
  /** The partnership register, in order. */
  partnerships: Partnership[];
  /** The blocks the body shows, in the order it shows them. */
  blocks: BlockContent[];
}

/** Ids of the block nodes in a ProseMirror document, in document order, each once. */
export function blockIdsInBody(root: PMNode): { id: string; type: string }[] {
  const found: { id: string; type: string }[] = [];
  const seen = new Set<string>();
  root.descendants((node) => {
    const id = node.attrs.blockId as unknown;
    if (typeof id === 'string' && blockDefinition(node.type.name) && !seen.has(id)) {
      seen.add(id);
      found.push({ id, type: node.type.name });
    }
    return !node.isAtom;
  });
  return found;
}

/** Reads a Y.Doc into plain data. Blocks no longer in the body are left out. */
export function readContent(doc: Y.Doc): DocumentContent {
  const root = yXmlFragmentToProseMirrorRootNode(bodyFragment(doc), protocolSchema());
  const stored = blocksMap(doc);
  const blocks: BlockContent[] = [];
  for (const { id, type } of blockIdsInBody(root)) {
    const map = stored.get(id);
    const definition = blockDefinition(type);
    if (!map || !definition || map.get('type') !== type) continue;
    blocks.push({ id, type, data: definition.read(map) });
  }
  return {
    title: titleText(doc).toString(),
    body: root.toJSON() as Record<string, unknown>,
    partnerships: readRegister(doc),
    blocks,
  };
}
