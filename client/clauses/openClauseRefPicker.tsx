import type { Editor } from '@tiptap/core';
import { createRoot } from 'react-dom/client';
import { numberClauses } from '../../shared/clauses/numberClauses.ts';
import { ClauseRefPicker } from './ClauseRefPicker.tsx';

/**
 * Opens the cross-reference picker over the editor. Choosing a clause inserts a
 * reference to it at the selection (mapped through any edits made meanwhile); either
 * way focus goes back to the editor.
 */
export function openClauseRefPicker(editor: Editor): void {
  editor.commands.ensureClauseIds();
  const clauses = numberClauses(editor.state.doc).clauses.filter((clause) => clause.id !== null);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const close = (targetId?: string) => {
    queueMicrotask(() => {
      root.unmount();
      host.remove();
      const chain = editor.chain().focus();
      (targetId ? chain.insertClauseRef(targetId) : chain).run();
    });
  };
  root.render(
    <ClauseRefPicker
      clauses={clauses}
      onPick={(clause) => close(clause.id ?? undefined)}
      onCancel={() => close()}
    />,
  );
}
