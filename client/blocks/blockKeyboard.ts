import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, NodeSelection, TextSelection } from '@tiptap/pm/state';
import { blockDefinition } from '../../shared/blocks/registry.ts';

const FOCUSABLE = 'input, select, textarea, button:not([disabled])';

const selectedBlock = (selection: unknown) =>
  selection instanceof NodeSelection && blockDefinition(selection.node.type.name)
    ? selection
    : undefined;

/**
 * Keyboard way into a block: arrow onto it (it is selected), then Enter moves focus
 * to its first field. Escape inside a block comes back (see BlockNodeView). Typing while a
 * block is selected never replaces the block: the text starts a new paragraph after it.
 */
export const BlockKeyboard = Extension.create({
  name: 'blockKeyboard',
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const selection = selectedBlock(editor.state.selection);
        if (!selection) return false;
        const dom = editor.view.nodeDOM(selection.from);
        const target =
          dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(FOCUSABLE) : null;
        if (!target) return false;
        target.focus();
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('blockTyping'),
        props: {
          handleTextInput: (view, _from, _to, text) => {
            const selection = selectedBlock(view.state.selection);
            if (!selection) return false;
            const { schema } = view.state;
            const paragraph = schema.nodes.paragraph!.create(null, schema.text(text));
            const tr = view.state.tr.insert(selection.to, paragraph);
            tr.setSelection(TextSelection.create(tr.doc, selection.to + 1 + text.length));
            view.dispatch(tr.scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
