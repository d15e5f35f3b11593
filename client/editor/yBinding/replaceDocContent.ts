import type { Fragment } from '@tiptap/pm/model';
import { replaceStep, type Transform } from '@tiptap/pm/transform';
import { plainText } from '../plainText.ts';

/** The range of the current content (`from`–`toA`) that becomes `from`–`toB` of the target. */
interface Change {
  from: number;
  toA: number;
  toB: number;
}

/**
 * Makes `tr.doc`'s content equal `content` with the smallest replace step.
 *
 * A step over the whole document would do the same to the content, but every decoration
 * in it would be dropped and recomputed, every node view would be handed a "new" node,
 * and plugins that look at what changed (clause numbering) would see everything change.
 *
 * Blocks are matched by identity: the Yjs binding builds `content` from the very nodes the
 * document holds for every part the change did not touch, so a block that is the same
 * object is unchanged, and one that is not was rebuilt. Matching equal-looking blocks
 * instead would pair a new empty paragraph with an existing one and put that existing
 * node in two places, which the binding (it tells its nodes apart by identity) then
 * "repairs" by rewriting them in Yjs, for ever, on every device. Only inside a paragraph
 * of plain text, where text nodes are always rebuilt, are the characters compared.
 *
 * Returns false, leaving `tr` as it was, when no narrow step reproduces `content` exactly
 * (content the schema would have to fill in, such as an empty document): the caller then
 * replaces the whole range its own way.
 */
export function replaceDocContent(tr: Transform, content: Fragment): boolean {
  const change = findChange(tr.doc.content, content, 0);
  if (change === null) return true;
  try {
    const target = tr.doc.type.create(tr.doc.attrs, content, tr.doc.marks);
    const step = replaceStep(
      tr.doc,
      change.from,
      change.toA,
      target.slice(change.from, change.toB),
    );
    const result = step?.apply(tr.doc);
    if (!step || !result?.doc?.content.eq(content)) return false;
    tr.step(step);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** Where `a`, starting at `pos`, has to change to become `b`; null when nothing differs. */
function findChange(a: Fragment, b: Fragment, pos: number): Change | null {
  const shorter = Math.min(a.childCount, b.childCount);
  let start = 0;
  let from = pos;
  while (start < shorter && a.child(start) === b.child(start)) from += a.child(start++).nodeSize;
  if (start === a.childCount && start === b.childCount) return null;
  let endA = a.childCount;
  let endB = b.childCount;
  let toA = pos + a.size;
  let toB = pos + b.size;
  while (endA > start && endB > start && a.child(endA - 1) === b.child(endB - 1)) {
    toA -= a.child(--endA).nodeSize;
    toB -= b.child(--endB).nodeSize;
  }
  if (endA - start === 1 && endB - start === 1) {
    const before = a.child(start);
    const after = b.child(start);
    if (before.sameMarkup(after) && !before.isLeaf) {
      if (!before.inlineContent) return findChange(before.content, after.content, from + 1);
      // Only text: equal-looking text nodes can be paired freely.
      if (plainText(before.content) && plainText(after.content)) {
        return textChange(before.content, after.content, from + 1);
      }
      return { from: from + 1, toA: toA - 1, toB: toB - 1 };
    }
  }
  return { from, toA, toB };
}

/** The characters that differ between two runs of text starting at `pos`. */
function textChange(a: Fragment, b: Fragment, pos: number): Change | null {
  const from = a.findDiffStart(b, pos);
  if (from === null) return null;
  const ends = a.findDiffEnd(b, pos + a.size, pos + b.size);
  let toA = ends?.a ?? pos + a.size;
  let toB = ends?.b ?? pos + b.size;
  // Repeated text ("aa" → "aaa") lets the end scan run past the start: move both ends on.
  const overlap = from - Math.min(toA, toB);
  if (overlap > 0) {
    toA += overlap;
    toB += overlap;
  }
  return { from, toA, toB };
}
