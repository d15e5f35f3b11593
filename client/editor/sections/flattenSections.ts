import { Fragment, Slice, type Node } from '@tiptap/pm/model';

let lastDoc: Node | null = null;
let lastFlat: Node | null = null;

/**
 * The document as the shared model holds it: its sections' blocks as one list under the
 * top node. The blocks are the very nodes of `doc` (the Yjs binding tells them apart by
 * identity), and a document with no sections is returned as it is.
 */
export function flattenSections(doc: Node): Node {
  if (doc === lastDoc && lastFlat) return lastFlat;
  const blocks: Node[] = [];
  let sectioned = false;
  doc.forEach((child) => {
    if (isSection(child)) {
      sectioned = true;
      child.forEach((block) => blocks.push(block));
    } else {
      blocks.push(child);
    }
  });
  const flat = sectioned ? doc.type.create(doc.attrs, blocks, doc.marks) : doc;
  lastDoc = doc;
  lastFlat = flat;
  return flat;
}

/**
 * A copied or dragged piece of the document without the editor's sections: the blocks
 * they held, one level less open. What goes to the clipboard is then what the document
 * holds, and pasting it anywhere (a list item, another editor) never meets a section.
 */
export function flattenSlice(slice: Slice): Slice {
  const first = slice.content.firstChild;
  if (!first || !isSection(first)) return slice;
  const blocks: Node[] = [];
  slice.content.forEach((child) => {
    if (isSection(child)) child.forEach((block) => blocks.push(block));
    else blocks.push(child);
  });
  return new Slice(
    Fragment.from(blocks),
    Math.max(0, slice.openStart - 1),
    Math.max(0, slice.openEnd - 1),
  );
}

/** The editor-only node that groups top-level blocks (see SectionNode). */
export const SECTION = 'section';

export function isSection(node: Node): boolean {
  return node.type.name === SECTION;
}
