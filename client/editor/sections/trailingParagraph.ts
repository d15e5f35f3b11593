import type { Node } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

/**
 * Adds an empty paragraph at the end of the document's last section, in `tr` (whose doc is
 * `doc`), when the document ends in anything else (a structured block, a table, a list),
 * so there is always a line to type on after the last block. Returns whether it did.
 * (Tiptap's trailing node does this for a flat document; it cannot see into sections.)
 */
export function trailingParagraph(tr: Transaction, doc: Node): boolean {
  const paragraph = doc.type.schema.nodes.paragraph;
  const lastSection = doc.lastChild;
  const lastBlock = lastSection?.lastChild;
  if (!paragraph || !lastBlock || lastBlock.type === paragraph) return false;
  tr.insert(doc.content.size - 1, paragraph.create());
  return true;
}
