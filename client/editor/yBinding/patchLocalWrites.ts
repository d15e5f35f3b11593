import type { Node } from '@tiptap/pm/model';
import { ProsemirrorBinding, updateYFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { EditorState } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { flattenSections } from '../sections/flattenSections.ts';
import { noteCaret, type CaretNote } from './caretNote.ts';

/** The part of y-tiptap's binding this module changes. */
interface BindingInternals {
  readonly doc: Y.Doc & { _transaction: Y.Transaction | null };
  readonly type: Y.XmlFragment;
  prosemirrorView: { state: EditorState } | null;
  /** This person's selection, noted before a change from elsewhere (see patchRemoteUpdates). */
  caretNote: CaretNote | null;
  beforeAllTransactions: () => void;
  afterAllTransactions: () => void;
  initView(view: unknown): void;
  _prosemirrorChanged(doc: Node): void;
}

let installed = false;

/**
 * Makes y-tiptap's binding write the editor's document to Yjs as the flat list of blocks
 * the shared document holds (the editor groups them in sections, see
 * client/editor/sections/), and note the caret the editor's way.
 *
 * The binding notes the caret as Yjs positions before every Yjs transaction, and once more
 * at the end of writing a keystroke, so that a change from elsewhere can put the caret back
 * where it was. Its positions count the flat document, not the editor's sections, and its
 * own writes never use the note (each walked the top-level blocks up to the caret, twice
 * per keystroke). So the binding's note is never taken; before anyone else's transaction
 * (a remote change, undo, redo) the caret is noted section-aware instead (`caretNote`),
 * for patchRemoteUpdates to put it back.
 *
 * Installed once, before any editor exists.
 */
export function patchLocalWrites(): void {
  if (installed) return;
  installed = true;
  const proto = ProsemirrorBinding.prototype as unknown as BindingInternals;
  const initView = proto.initView;
  if (typeof initView !== 'function' || typeof proto._prosemirrorChanged !== 'function') {
    throw new Error('y-tiptap binding has changed shape: update patchLocalWrites');
  }
  proto._prosemirrorChanged = function (this: BindingInternals, doc) {
    this.doc.transact(
      () => updateYFragment(this.doc, this.type, flattenSections(doc), this as never),
      ySyncPluginKey,
    );
  };
  proto.initView = function (this: BindingInternals, view) {
    this.caretNote = null;
    this.beforeAllTransactions = () => {
      const state = this.prosemirrorView?.state;
      if (state && this.doc._transaction?.origin !== ySyncPluginKey) {
        this.caretNote = noteCaret(state);
      }
    };
    this.afterAllTransactions = () => {
      this.caretNote = null;
    };
    initView.call(this, view);
  };
}
