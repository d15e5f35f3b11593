import type { Node } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { endsInText } from './endsInText.ts';

/**
 * Joins each section of `doc` that no longer ends in text (its last paragraph deleted,
 * a block moved in after it) to the next one, in `tr` (whose doc is `doc`); see endsInText
 * for why a section must. Returns whether it joined any. A joined section grown too long
 * is split again where it can be (splitLongSections).
 */
export function joinClosedEdges(tr: Transaction, doc: Node): boolean {
  const edges: number[] = [];
  doc.forEach((section, offset, index) => {
    if (index < doc.childCount - 1 && !endsInText(section)) edges.push(offset + section.nodeSize);
  });
  // Last first, so earlier positions stay valid.
  for (const pos of edges.reverse()) tr.join(pos);
  return edges.length > 0;
}
