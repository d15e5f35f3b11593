import type { Node } from '@tiptap/pm/model';
import { isSection } from './flattenSections.ts';

/**
 * A position in the editor's sectioned document as a position in the flat document the
 * shared model holds: every section's opening and closing token taken out. A position
 * between two sections becomes the one between their blocks.
 */
export function toFlatPosition(doc: Node, pos: number): number {
  let start = 0;
  let tokens = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const child = doc.child(i);
    const end = start + child.nodeSize;
    if (isSection(child)) {
      if (pos <= start) return pos - tokens;
      if (pos < end) return Math.min(Math.max(pos, start + 1), end - 1) - tokens - 1;
      tokens += 2;
    }
    start = end;
  }
  return pos - tokens;
}

/**
 * A flat position (see toFlatPosition) in the sectioned document, always inside a section:
 * between blocks of two sections it is the start of the later section's content, and the
 * end of the document is the end of the last section's content.
 */
export function fromFlatPosition(doc: Node, flat: number): number {
  let start = 0;
  let flatStart = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const child = doc.child(i);
    const last = i === doc.childCount - 1;
    if (isSection(child)) {
      const size = child.content.size;
      if (flat < flatStart + size || last) {
        return start + 1 + Math.min(Math.max(flat - flatStart, 0), size);
      }
      flatStart += size;
    } else {
      if (flat < flatStart + child.nodeSize || last) {
        return start + Math.min(Math.max(flat - flatStart, 0), child.nodeSize);
      }
      flatStart += child.nodeSize;
    }
    start += child.nodeSize;
  }
  return 0;
}
