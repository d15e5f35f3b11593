import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class the section holding the caret carries (see the stylesheet). */
export const CARET_BLOCK_CLASS = 'has-caret';

const key = new PluginKey<DecorationSet>('caretBlockRendered');

/**
 * Keeps the section holding the caret (the editor's top-level node, see sections/)
 * rendered. Sections far from the viewport skip rendering (content-visibility: auto), and
 * one only just made (a long section split as Enter adds a paragraph to it) counts as far
 * until the browser's next frame has checked it. Chromium then placed the caret of text
 * inserted there without typing a key (an input method's or dictation's commit, an emoji
 * picker, a spelling correction) before the text instead of after it, so the next Enter
 * split the paragraph in front of what had just been written.
 */
export const CaretBlockRendered = Extension.create({
  name: 'caretBlockRendered',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => caretBlock(state),
          apply(tr, value, _old, next) {
            if (!tr.docChanged && !tr.selectionSet) return value;
            const mapped = value.map(tr.mapping, tr.doc);
            const [kept] = mapped.find();
            const head = next.selection.$head;
            if (kept && head.depth > 0 && kept.from === head.before(1)) return mapped;
            return caretBlock(next);
          },
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});

function caretBlock(state: EditorState): DecorationSet {
  const head = state.selection.$head;
  if (head.depth === 0) return DecorationSet.empty;
  const from = head.before(1);
  const block = Decoration.node(from, from + head.node(1).nodeSize, { class: CARET_BLOCK_CLASS });
  return DecorationSet.create(state.doc, [block]);
}
