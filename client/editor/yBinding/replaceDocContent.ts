import type { Fragment } from '@tiptap/pm/model';
import { replaceStep, type Transform } from '@tiptap/pm/transform';

/**
 * Makes `tr.doc`'s content equal `content` with the smallest replace step: the range
 * between the first and last places the two differ. Nodes outside it stay the objects they
 * were, even when `content` holds equal copies of them.
 *
 * A step over the whole document would do the same to the content, but every decoration
 * in it would be dropped and recomputed, every node view would be handed a "new" node,
 * and plugins that look at what changed (clause numbering) would see everything change.
 *
 * Returns false, leaving `tr` as it was, when no narrow step reproduces `content` exactly
 * (content the schema would have to fill in, such as an empty document): the caller then
 * replaces the whole range its own way.
 */
export function replaceDocContent(tr: Transform, content: Fragment): boolean {
  const current = tr.doc.content;
  const start = current.findDiffStart(content);
  if (start === null) return true;
  const ends = current.findDiffEnd(content);
  let endA = ends?.a ?? current.size;
  let endB = ends?.b ?? content.size;
  // Repeated text ("aa" → "aaa") lets the end scan run past the start: move both ends on.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  try {
    const target = tr.doc.type.create(tr.doc.attrs, content, tr.doc.marks);
    const step = replaceStep(tr.doc, start, endA, target.slice(start, endB));
    const result = step?.apply(tr.doc);
    if (!step || !result?.doc?.content.eq(content)) return false;
    tr.step(step);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
