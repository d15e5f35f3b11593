import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class the empty document's paragraph carries while the hint shows (see the stylesheet). */
export const EMPTY_CLASS = 'is-editor-empty';

/**
 * A hint in an empty document's only paragraph, as `data-placeholder` for the stylesheet to
 * show. Looks at the first block only, so a long document pays nothing for it on a key
 * (Tiptap's placeholder walks every top-level node, or every node, on each change).
 */
export const EmptyDocumentHint = Extension.create<{ text: string }>({
  name: 'emptyDocumentHint',
  addOptions() {
    return { text: '' };
  },
  addProseMirrorPlugins() {
    const { text } = this.options;
    return [
      new Plugin({
        key: new PluginKey('emptyDocumentHint'),
        props: {
          // Only for someone who can type: a reader of an empty document is not invited to.
          decorations: (state) =>
            this.editor.isEditable ? hintDecorations(state.doc, text) : DecorationSet.empty,
        },
      }),
    ];
  },
});

/** The hint's decoration when `doc` is one empty paragraph (in a section or not). */
export function hintDecorations(doc: Node, text: string): DecorationSet {
  let node = doc;
  let pos = -1;
  while (!node.isTextblock) {
    if (node.childCount !== 1) return DecorationSet.empty;
    pos += 1;
    node = node.firstChild!;
  }
  if (node.content.size > 0 || node.type.name !== 'paragraph') return DecorationSet.empty;
  return DecorationSet.create(doc, [
    Decoration.node(pos, pos + node.nodeSize, { class: EMPTY_CLASS, 'data-placeholder': text }),
  ]);
}
