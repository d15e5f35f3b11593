import type { Node } from '@tiptap/pm/model';
import { ProsemirrorBinding, updateYFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { flattenSections } from '../sections/flattenSections.ts';

/** The part of y-tiptap's binding this module changes. */
interface BindingInternals {
  readonly doc: Y.Doc;
  readonly type: Y.XmlFragment;
  beforeAllTransactions: () => void;
  initView(view: unknown): void;
  _prosemirrorChanged(doc: Node): void;
}

let installed = false;

/**
 * Makes y-tiptap's binding write the editor's document to Yjs as the flat list of blocks
 * the shared document holds (the editor groups them in sections, see
 * client/editor/sections/), and stops it noting the caret as Yjs positions.
 *
 * The binding notes the caret before every Yjs transaction, and once more at the end of
 * writing a keystroke, so that a change from elsewhere can put the caret back where it was.
 * Each note walked the document's top-level blocks up to the caret, and counted positions
 * in the flat document, not the editor's: the caret is kept across remote changes by
 * mapping it through them instead (see patchRemoteUpdates), so nothing reads a note.
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
    this.beforeAllTransactions = noNote;
    initView.call(this, view);
  };
}

function noNote(): void {}
