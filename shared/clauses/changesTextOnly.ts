import type { Node } from '@tiptap/pm/model';
import { AddMarkStep, RemoveMarkStep, ReplaceStep, type Step } from '@tiptap/pm/transform';

/**
 * Whether `step`, applied to `doc`, changes only characters (or their marks) inside one
 * textblock: typing, deleting within a paragraph, bold. Such a step can neither add a
 * clause nor copy one, so the document-wide clause id check can skip it.
 */
export function changesTextOnly(step: Step, doc: Node): boolean {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
  if (!(step instanceof ReplaceStep)) return false;
  const { from, to, slice } = step;
  if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
  for (let i = 0; i < slice.content.childCount; i++) {
    if (!slice.content.child(i).isInline) return false;
  }
  const start = doc.resolve(from);
  return start.parent.isTextblock && start.sameParent(doc.resolve(to));
}
