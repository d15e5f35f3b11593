import { Slice, type Fragment, type Node } from '@tiptap/pm/model';
import {
  TextSelection,
  type EditorState,
  type Selection,
  type Transaction,
} from '@tiptap/pm/state';
import { ProsemirrorBinding } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { flattenSections, SECTION, sectionBlocks } from '../sections/flattenSections.ts';
import { groupSections } from '../sections/groupSections.ts';
import { alignNodeMapping, type NodeMapping } from './alignNodeMapping.ts';
import { caretFromNote, type CaretNote } from './caretNote.ts';
import { replaceDocContent } from './replaceDocContent.ts';

/** The part of y-tiptap's binding this module changes (not in its type declarations). */
interface BindingInternals {
  prosemirrorView: { state: EditorState } | null;
  readonly _tr: Transaction;
  readonly type: Y.XmlFragment;
  readonly mapping: NodeMapping;
  readonly doc: Y.Doc;
  /** Noted before the change (see patchLocalWrites). */
  readonly caretNote: CaretNote | null;
  beforeTransactionSelection: unknown;
  _typeChanged(events: unknown[], transaction: Y.Transaction): void;
  _isLocalCursorInView(): boolean;
}

let installed = false;

/**
 * Makes a remote change cost about its own size in the editor, and keeps the marks chosen
 * for the next letters.
 *
 * On every remote change y-tiptap's binding rebuilds the document from Yjs and replaces
 * the whole of it in one step, so every node view re-rendered, every decoration was
 * recomputed and clause numbering saw everything change: on a 100-page protocol that was
 * 15–20 ms per remote keystroke, taken from the person typing. The binding's transactions
 * now narrow that replace to the range that differs (`replaceDocContent`); the document is
 * the same, and nodes outside the range stay the very objects they were.
 *
 * Upstream also forgets its whole Yjs → ProseMirror node map on every remote change and
 * rebuilds every node of the document from Yjs (then this diff compared every one of them
 * again). It already drops the entries of the types the change touched and their parents,
 * so the map is kept: only the changed path is rebuilt, and after the narrowed replace the
 * map is pointed at the nodes the document really holds (`alignNodeMapping`), which is
 * what lets the next local keystroke skip every unchanged block by identity.
 *
 * Upstream then scrolls to this person's caret when it was on screen, measuring the caret
 * and then the document (two forced layouts per remote keystroke). The browser's scroll
 * anchoring already keeps what is on screen in place when text above it changes, so the
 * binding is told the caret is never in view.
 *
 * The binding also puts the caret back after every remote change, from Yjs positions it
 * noted before; those count positions in the flat document, not the editor's sections
 * (client/editor/sections/), so its own note is dropped and the caret is put back from
 * the section-aware note taken instead (`caretNote`, see patchLocalWrites): Yjs
 * positions follow the text however much of the document the replace had to rebuild.
 * Putting it back had also dropped marks chosen for the next letters (Ctrl+B, someone
 * else types, and the next letters were not bold); they are kept when the caret has not
 * moved.
 *
 * The binding builds the flat list of blocks the shared document holds; the editor shows
 * them grouped in sections (`groupSections`, keeping the grouping it had where it can).
 *
 * Installed once, before any editor exists.
 */
export function patchRemoteUpdates(): void {
  if (installed) return;
  installed = true;
  const proto = ProsemirrorBinding.prototype as unknown as BindingInternals;
  const trGetter = Object.getOwnPropertyDescriptor(proto, '_tr')?.get;
  const typeChanged = proto._typeChanged;
  if (!trGetter || typeof typeChanged !== 'function' || !('_isLocalCursorInView' in proto)) {
    throw new Error('y-tiptap binding has changed shape: update patchRemoteUpdates');
  }
  proto._isLocalCursorInView = () => false;
  proto._typeChanged = function (this: BindingInternals, events, transaction) {
    const mapping = this.mapping;
    mapping.clear = keepEntries;
    this.beforeTransactionSelection = null;
    try {
      typeChanged.call(this, events, transaction);
    } finally {
      delete (mapping as Partial<NodeMapping>).clear;
    }
  };
  Object.defineProperty(proto, '_tr', {
    configurable: true,
    get(this: BindingInternals) {
      const tr = trGetter.call(this) as Transaction;
      if (this.prosemirrorView) keepStoredMarks(tr, this.prosemirrorView.state);
      const replace = tr.replace.bind(tr);
      tr.replace = (from: number, to?: number, slice?: Slice) => {
        const whole = from === 0 && to === tr.doc.content.size;
        if (!whole || !slice || slice.openStart !== 0 || slice.openEnd !== 0) {
          return replace(from, to, slice);
        }
        const content = grouped(slice.content, tr.doc);
        const selection = tr.selection;
        if (!replaceDocContent(tr, content)) {
          replace(0, tr.doc.content.size, new Slice(content, 0, 0));
        }
        alignNodeMapping(this.mapping, this.type, flattenSections(tr.doc));
        const noted =
          this.caretNote &&
          caretFromNote(this.caretNote, this.doc, this.type, this.mapping, tr.doc);
        if (noted) tr.setSelection(noted);
        else keepCaretBeforeInsertions(tr, selection);
        return tr;
      };
      return tr;
    },
  });
}

/** The binding's flat list of blocks, grouped as the editor's schema wants them. */
function grouped(blocks: Fragment, doc: Node): Fragment {
  const sectionType = doc.type.schema.nodes[SECTION];
  return sectionType ? groupSections(sectionBlocks(blocks), doc, sectionType) : blocks;
}

/**
 * Maps a text selection through a change when no note of it could be used, so that text
 * inserted right at the caret goes after it, as with the note.
 */
function keepCaretBeforeInsertions(tr: Transaction, selection: Selection): void {
  if (!(selection instanceof TextSelection) || !tr.docChanged) return;
  const at = (pos: number) => tr.doc.resolve(tr.mapping.map(pos, -1));
  tr.setSelection(TextSelection.between(at(selection.anchor), at(selection.head)));
}

/** Stands in for the node map's `clear` while a remote change is applied. */
function keepEntries(): void {}

/** Keeps the marks set for the next typed letters when a remote change re-sets the caret. */
function keepStoredMarks(tr: Transaction, state: EditorState): void {
  const stored = state.storedMarks;
  if (!stored) return;
  const caret = state.selection.head;
  const setSelection = tr.setSelection.bind(tr);
  tr.setSelection = (selection: Selection) => {
    setSelection(selection);
    if (selection.empty && tr.mapping.map(caret, -1) === selection.head) {
      tr.setStoredMarks(stored);
    }
    return tr;
  };
}
