import type { Node } from '@tiptap/pm/model';
import { isSection } from './flattenSections.ts';

/**
 * Where the node of structured block `blockId` starts in the editor's document (its
 * blocks sit in sections, or at the top level of a flat document), or undefined.
 */
export function blockNodePosition(doc: Node, blockId: string): number | undefined {
  let found: number | undefined;
  doc.descendants((node, pos) => {
    if (found !== undefined) return false;
    if (node.attrs['blockId'] === blockId) found = pos;
    return isSection(node);
  });
  return found;
}
