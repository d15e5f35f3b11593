import { Plugin, type EditorState } from '@tiptap/pm/state';
import { afterNextPaint } from '../scheduling/afterNextPaint.ts';

/**
 * The same plugin, its view told of changes after the next paint, once for all the
 * changes since. For work that follows the caret but is not drawn by it: publishing this
 * person's caret to the others walks the document up to the caret, and on a long protocol
 * that was time taken between every keystroke and its letter showing.
 */
export function deferViewUpdates(plugin: Plugin): Plugin {
  const makeView = plugin.spec.view;
  if (!makeView) return plugin;
  return new Plugin({
    ...plugin.spec,
    view(editorView) {
      const inner = makeView(editorView);
      let since: EditorState | undefined;
      let destroyed = false;
      return {
        update(view, prevState) {
          if (since) return;
          since = prevState;
          afterNextPaint(() => {
            const prev = since!;
            since = undefined;
            if (!destroyed) inner.update?.(view, prev);
          });
        },
        destroy() {
          destroyed = true;
          inner.destroy?.();
        },
      };
    },
  });
}
