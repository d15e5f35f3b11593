import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** What y-tiptap's binding marks its own transactions with (not in its type declarations). */
interface SyncMeta {
  isChangeOrigin?: boolean;
  isUndoRedoOperation?: boolean;
}

function syncMeta(tr: Transaction): SyncMeta | undefined {
  return tr.getMeta(ySyncPluginKey) as SyncMeta | undefined;
}

/** True for the editor's side of a change made in Yjs: a remote change, undo or redo. */
export function fromYjs(tr: Transaction): boolean {
  return syncMeta(tr)?.isChangeOrigin === true;
}

/** True for the editor's side of an undo or redo. */
export function fromUndoRedo(tr: Transaction): boolean {
  return fromYjs(tr) && syncMeta(tr)?.isUndoRedoOperation === true;
}
