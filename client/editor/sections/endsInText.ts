import type { Node } from '@tiptap/pm/model';

/**
 * True when `block` ends in a line of text (a paragraph, a heading, a list whose last item
 * ends in one): the only blocks a section is cut after.
 *
 * Between two blocks that do not (two structured blocks, a table and a rule), the editor
 * offers a gap caret to type a new paragraph in. At a section's edge there would be two,
 * one at the end of a section and one at the start of the next, in the same place on
 * screen, and the arrow keys would stop twice.
 */
export function endsInText(block: Node): boolean {
  for (let node: Node | null = block; node; node = node.lastChild) {
    if (node.inlineContent) return true;
    if (node.isAtom) return false;
  }
  return false;
}

/**
 * Where to cut `blocks` near `at`: the first index from `at` on, then back, that follows a
 * block ending in text; null when none does.
 */
export function cutNear(blocks: readonly Node[], at: number): number | null {
  for (let i = at; i < blocks.length; i++) if (endsInText(blocks[i - 1]!)) return i;
  for (let i = at - 1; i > 0; i--) if (endsInText(blocks[i - 1]!)) return i;
  return null;
}
