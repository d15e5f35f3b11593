import { useEffect } from 'react';
import type * as Y from 'yjs';
import { undoEdit } from './blockEdit.ts';
import { SHARED_TEXT_FIELD } from './TextInput.tsx';
import { undoKey } from './undoKey.ts';

/** Where typing has an undo of its own: text fields and editable content. */
const TEXT_ENTRY = 'input, textarea, [contenteditable]';

/**
 * Ctrl+Z and Ctrl+Shift+Z take steps from the document's shared history anywhere on the
 * page but a text field of its own: in the fields bound to the document (the title, the
 * register, see TextInput), on a button or a select, and on the page itself once an undo
 * took the focused field away, so undoing never stops working. Keys the editor already
 * acted on (default prevented) are left alone.
 */
export function useSharedUndoKeys(doc: Y.Doc, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = undoKey(event);
      if (!direction || event.defaultPrevented) return;
      const entry = event.target instanceof Element ? event.target.closest(TEXT_ENTRY) : null;
      if (entry && !entry.hasAttribute(SHARED_TEXT_FIELD)) return;
      event.preventDefault();
      undoEdit(doc, direction);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [doc, enabled]);
}
