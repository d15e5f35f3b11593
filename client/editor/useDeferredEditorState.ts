import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { coalescedAfterNextPaint } from '../scheduling/coalescedAfterNextPaint.ts';

/**
 * What `select` reads from the editor (which marks are on, what can be undone), read
 * again after the paint that follows a change, once for all the changes of that frame.
 * Tiptap's own hook reads it inside every transaction, so asking a dozen commands whether
 * they could run was part of every keystroke and every remote change. The component
 * renders only when `equal` says the reading changed.
 */
export function useDeferredEditorState<T>(
  editor: Editor,
  select: (editor: Editor) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const [state, setState] = useState(() => select(editor));
  const latest = useRef({ select, equal });
  latest.current = { select, equal };
  useEffect(() => {
    let live = true;
    const read = () => {
      if (!live || editor.isDestroyed) return;
      const next = latest.current.select(editor);
      setState((previous) => (latest.current.equal(previous, next) ? previous : next));
    };
    const onTransaction = coalescedAfterNextPaint(read);
    editor.on('transaction', onTransaction);
    read();
    return () => {
      live = false;
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  return state;
}
