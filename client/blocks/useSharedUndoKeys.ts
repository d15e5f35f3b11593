import { useEffect } from 'react';
import type * as Y from 'yjs';
import { undoEdit } from './blockEdit.ts';
import { undoKey } from './undoKey.ts';

/** Where typing has an undo of its own: text fields and editable content. */
const TEXT_ENTRY = 'input, textarea, [contenteditable]';

/**
 * Ctrl+Z and Ctrl+Shift+Z anywhere on the page that is not a text field (a button, a
 * select, the page itself once an undo took the focused field away) take steps from the
 * document's shared history, so undoing never stops working. Keys the editor or a field
 * already acted on (default prevented) are left alone.
 */
export function useSharedUndoKeys(doc: Y.Doc, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = undoKey(event);
      if (!direction || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest(TEXT_ENTRY)) return;
      event.preventDefault();
      undoEdit(doc, direction);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [doc, enabled]);
}
