import { Plugin, type EditorState } from '@tiptap/pm/state';
import { coalescedAfterNextPaint } from '../scheduling/coalescedAfterNextPaint.ts';

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
      /** The state before the first change not yet told. */
      let since: EditorState | undefined;
      let destroyed = false;
      const tell = coalescedAfterNextPaint(() => {
        const prev = since!;
        since = undefined;
        if (!destroyed) inner.update?.(editorView, prev);
      });
      return {
        update(_view, prevState) {
          since ??= prevState;
          tell();
        },
        destroy() {
          destroyed = true;
          inner.destroy?.();
        },
      };
    },
  });
}
