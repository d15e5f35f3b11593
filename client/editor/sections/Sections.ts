import { Extension, isMacOS, Node } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { flattenSlice, SECTION } from './flattenSections.ts';
import { joinAtSectionEdge, SECTION_JOIN } from './joinAtSectionEdge.ts';
import { joinClosedEdges } from './joinClosedEdges.ts';
import { splitLongSections } from './splitLongSections.ts';
import { trailingParagraph } from './trailingParagraph.ts';

/**
 * The editor groups the document's top-level blocks into sections of a few dozen. They
 * are not part of the document: the shared model, exports, sign-off and everything else
 * see one flat list of blocks, and the Yjs binding flattens and groups on the way
 * (client/editor/yBinding/). They exist for the browser: a long protocol as one list of
 * 850 top-level elements cost every keystroke about 2 µs per element (laying the list out,
 * checking which elements are near the viewport, hit-testing the pointer); grouped, the
 * browser walks a few dozen sections and the blocks of the one being typed in.
 *
 * A section is never chosen by a person: it cannot be selected, dragged, pasted or
 * parsed from HTML, and keys that delete across a section's edge act as if it were not
 * there (joinAtSectionEdge). Grouping is kept as it was where it can be, since a block
 * moved to another section is drawn again.
 */
export const SectionNode = Node.create({
  name: SECTION,
  content: 'block+',
  selectable: false,
  draggable: false,
  parseHTML: () => [],
  renderHTML: () => ['div', { class: 'doc-section' }, 0],
});

/** The editor's top node: sections only. */
export const SectionedDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: `${SECTION}+`,
});

/**
 * Keeps sections a workable size, each ending in text, and a paragraph at the end of the
 * last one; and deleting keys blind to their edges.
 */
export const Sections = Extension.create({
  name: 'sections',
  // Before every other keymap (after the caret is read, see TypedText's CaretFirst).
  priority: 5_000,
  addExtensions() {
    return [SectionedDocument, SectionNode];
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('sections'),
        props: {
          transformCopied: flattenSlice,
          handleKeyDown(view, event) {
            const dir = deleteDirection(event);
            if (dir === 0 || view.composing) return false;
            const join = joinAtSectionEdge(view.state, dir);
            if (join) view.dispatch(join);
            return false;
          },
        },
        appendTransaction(transactions, _old, state) {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          if (transactions.some((tr) => tr.getMeta(SECTION_JOIN))) return null;
          const tr = state.tr;
          const joined = joinClosedEdges(tr, state.doc);
          const split = splitLongSections(tr, tr.doc);
          const trailing = trailingParagraph(tr, tr.doc);
          return joined || split || trailing ? tr : null;
        },
      }),
    ];
  },
});

/**
 * Which way a key deletes: Backspace, and on a Mac also Ctrl-H (as the editor's keymap has
 * it), backward; Delete, and Ctrl-D on a Mac, forward; 0 for any other key.
 */
function deleteDirection(event: KeyboardEvent): -1 | 0 | 1 {
  if (event.key === 'Backspace') return -1;
  if (event.key === 'Delete') return 1;
  const macCtrl = isMacOS() && event.ctrlKey && !event.metaKey && !event.altKey;
  if (macCtrl && event.key.toLowerCase() === 'h') return -1;
  if (macCtrl && event.key.toLowerCase() === 'd') return 1;
  return 0;
}
