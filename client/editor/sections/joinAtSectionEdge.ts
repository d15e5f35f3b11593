import type { EditorState, Transaction } from '@tiptap/pm/state';

/** Marks the join, so long sections are not split again before the key acts. */
export const SECTION_JOIN = 'sectionJoin';

/**
 * When the caret sits where a key deleting backward (`dir` -1) or forward (1) would cross
 * from one section into the next, a transaction joining the two sections; else null.
 *
 * Sections are the editor's grouping, not part of the document, so an edit must not see
 * them: Backspace at the start of a section's first paragraph joins that paragraph to the
 * one before, as anywhere else. ProseMirror's commands would join the two sections instead
 * (nothing visible happens), so the sections are joined first and the key then does what
 * it does everywhere. The join changes no block, so the shared document sees no change.
 */
export function joinAtSectionEdge(state: EditorState, dir: -1 | 1): Transaction | null {
  const { $cursor } = state.selection as { $cursor?: EditorState['selection']['$head'] | null };
  if (!$cursor || $cursor.depth < 2) return null;
  const atEdge =
    dir < 0 ? $cursor.parentOffset === 0 : $cursor.parentOffset === $cursor.parent.content.size;
  if (!atEdge) return null;
  for (let depth = $cursor.depth - 1; depth >= 1; depth--) {
    const index = $cursor.index(depth);
    const edge = dir < 0 ? 0 : $cursor.node(depth).childCount - 1;
    if (index !== edge) return null;
  }
  const section = $cursor.index(0);
  const neighbour = section + dir;
  if (neighbour < 0 || neighbour >= state.doc.childCount) return null;
  const boundary = dir < 0 ? $cursor.before(1) : $cursor.after(1);
  return state.tr.join(boundary).setMeta(SECTION_JOIN, true);
}
