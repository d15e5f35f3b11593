import type { Node } from '@tiptap/pm/model';
import { ProsemirrorBinding, updateYFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** The part of y-tiptap's binding this module changes. */
interface BindingInternals {
  readonly doc: Y.Doc & { _transaction: Y.Transaction | null };
  readonly type: Y.XmlFragment;
  beforeAllTransactions: () => void;
  initView(view: unknown): void;
  _prosemirrorChanged(doc: Node): void;
}

const wrapped = new WeakSet<() => void>();
let installed = false;

/**
 * Stops y-tiptap's binding from noting this person's caret as Yjs positions around its own
 * writes.
 *
 * The binding notes the caret before every Yjs transaction, and once more at the end of
 * writing a keystroke, so that a change from elsewhere can put the caret back where it was.
 * Its own writes (origin `ySyncPluginKey`) never use the note: its observer ignores them, and
 * the note is dropped when the transaction ends. Each note walks the document's top-level
 * blocks up to the caret, twice per keystroke. Notes before anyone else's transaction
 * (a remote change, undo, redo) are taken as before.
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
      () => updateYFragment(this.doc, this.type, doc, this as never),
      ySyncPluginKey,
    );
  };
  proto.initView = function (this: BindingInternals, view) {
    const noteCaret = this.beforeAllTransactions;
    if (!wrapped.has(noteCaret)) {
      const skipOwnWrites = () => {
        if (this.doc._transaction?.origin !== ySyncPluginKey) noteCaret();
      };
      wrapped.add(skipOwnWrites);
      this.beforeAllTransactions = skipOwnWrites;
    }
    initView.call(this, view);
  };
}
