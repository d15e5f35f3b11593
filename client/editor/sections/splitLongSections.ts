import type { Node } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { SECTION_MAX } from './groupSections.ts';
import { isSection } from './flattenSections.ts';

/**
 * Splits every section of `doc` longer than SECTION_MAX blocks in two, in `tr` (whose doc
 * is `doc`). Returns false when none is. Only the editor's grouping changes: the blocks,
 * in order, are the very same, so the shared document sees no change.
 */
export function splitLongSections(tr: Transaction, doc: Node): boolean {
  const cuts: number[] = [];
  doc.forEach((section, offset) => {
    if (!isSection(section) || section.childCount <= SECTION_MAX) return;
    let pos = offset + 1;
    const half = Math.floor(section.childCount / 2);
    for (let i = 0; i < half; i++) pos += section.child(i).nodeSize;
    cuts.push(pos);
  });
  // Last first, so earlier positions stay valid.
  for (const pos of cuts.reverse()) tr.split(pos);
  return cuts.length > 0;
}
