import { Extension } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { blockDefinition } from '../../shared/blocks/registry.ts';

const FOCUSABLE = 'input, select, textarea, button:not([disabled])';

/**
 * Keyboard way into a block: arrow onto it (it is selected), then Enter moves focus
 * to its first field. Escape inside a block comes back (see BlockNodeView).
 */
export const BlockKeyboard = Extension.create({
  name: 'blockKeyboard',
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection } = editor.state;
        if (!(selection instanceof NodeSelection) || !blockDefinition(selection.node.type.name)) {
          return false;
        }
        const dom = editor.view.nodeDOM(selection.from);
        const target =
          dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(FOCUSABLE) : null;
        if (!target) return false;
        target.focus();
        return true;
      },
    };
  },
});
