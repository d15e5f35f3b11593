import type { Node } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { cutNear } from './endsInText.ts';
import { SECTION_MAX } from './groupSections.ts';
import { isSection, sectionBlocks } from './flattenSections.ts';

/**
 * Splits every section of `doc` longer than SECTION_MAX blocks in two, near its middle and
 * after a block ending in text (see endsInText), in `tr` (whose doc is `doc`). Returns
 * false when none is. Only the editor's grouping changes: the blocks, in order, are the
 * very same, so the shared document sees no change.
 */
export function splitLongSections(tr: Transaction, doc: Node): boolean {
  const cuts: number[] = [];
  doc.forEach((section, offset) => {
    if (!isSection(section) || section.childCount <= SECTION_MAX) return;
    const blocks = sectionBlocks(section.content);
    const cut = cutNear(blocks, Math.floor(blocks.length / 2));
    if (cut === null) return;
    let pos = offset + 1;
    for (let i = 0; i < cut; i++) pos += blocks[i]!.nodeSize;
    cuts.push(pos);
  });
  // Last first, so earlier positions stay valid.
  for (const pos of cuts.reverse()) tr.split(pos);
  return cuts.length > 0;
}
