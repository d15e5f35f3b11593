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
  const sectioned = doc.firstChild !== null && isSection(doc.firstChild);
  const flat = sectioned ? doc.type.create(doc.attrs, sectionBlocks(doc.content), doc.marks) : doc;
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
  return new Slice(
    Fragment.from(sectionBlocks(slice.content)),
    Math.max(0, slice.openStart - 1),
    Math.max(0, slice.openEnd - 1),
  );
}

/** The blocks of `content`, in order: those of each section, and any other node itself. */
export function sectionBlocks(content: Fragment): Node[] {
  const blocks: Node[] = [];
  content.forEach((child) => {
    if (isSection(child)) child.forEach((block) => blocks.push(block));
    else blocks.push(child);
  });
  return blocks;
}

/** The editor-only node that groups top-level blocks (see SectionNode). */
export const SECTION = 'section';

export function isSection(node: Node): boolean {
  return node.type.name === SECTION;
}
