import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { coalescedAfterNextPaint } from '../scheduling/coalescedAfterNextPaint.ts';

/**
 * Typing and deleting a character go through a transaction instead of letting the browser
 * edit the DOM first. Chromium's own editing commands (insert text, delete backward) walk
 * the whole contenteditable to settle the caret and cost tens of milliseconds per key on a
 * 100-page protocol; a transaction touches only the paragraph typed in.
 *
 * The keys act where the page's caret is: when the browser has moved it (an arrow key, a
 * click) and ProseMirror has not read that yet, the key is left to the browser.
 *
 * Input rules still run (through `handleTextInput`, as for ProseMirror's own fallback);
 * composition (IME, dead keys) is left to the browser, as it fires no keypress. Backspace
 * and Delete are handled last, after every other keymap (undoing an input rule, joining
 * blocks, leaving a list), and only for one character inside a run of text; word deletion
 * (Ctrl/Alt) and everything at a block's edge stay with ProseMirror and the browser.
 *
 * Scrolling the caret into view waits for the key's paint: ProseMirror measures the caret
 * and its scroll containers for it, work the letter does not need to show when the caret is
 * on screen, as it almost always is while typing. When the letter has wrapped below the
 * window, the scroll follows one frame later.
 */
export const TypedText = Extension.create({
  addExtensions() {
    return [CaretFirst];
  },
  name: 'typedText',
  priority: 0,
  addKeyboardShortcuts() {
    return {
      Backspace: ({ editor }) => whileTyping(editor.view, () => deleteCharacter(editor.view, -1)),
      Delete: ({ editor }) => whileTyping(editor.view, () => deleteCharacter(editor.view, 1)),
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typedText'),
        props: {
          handleKeyPress: (view, event) =>
            whileTyping(view, () => insertTypedCharacter(view, event)),
          handleScrollToSelection: (view) => {
            if (!typing.has(view)) return false;
            revealAfterPaint(view);
            return true;
          },
        },
      }),
    ];
  },
});

/**
 * Before any keymap sees a key, the editor reads the page's selection if the browser has
 * moved it since the editor last looked: the `selectionchange` event that would tell it
 * comes later than the next key when keys arrive quickly, and a command (Enter, Delete, a
 * typed letter) would act where the caret was.
 */
const CaretFirst = Extension.create({
  name: 'caretFirst',
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretFirst'),
        props: {
          handleKeyDown: (view) => {
            readPageSelection(view);
            return false;
          },
        },
      }),
    ];
  },
});

/** ProseMirror's own read of the page's selection, as on `selectionchange`. */
function readPageSelection(view: EditorView): void {
  if (view.composing) return;
  (view as unknown as { domObserver?: { flush?(): void } }).domObserver?.flush?.();
}

/** Editors handling a typed key right now: their scroll to the caret waits for the paint. */
const typing = new WeakSet<EditorView>();
const reveals = new WeakMap<EditorView, () => void>();

function whileTyping(view: EditorView, handle: () => boolean): boolean {
  typing.add(view);
  try {
    return handle();
  } finally {
    typing.delete(view);
  }
}

/** ProseMirror's own scroll to the caret, once, after the next paint. */
function revealAfterPaint(view: EditorView): void {
  let reveal = reveals.get(view);
  if (!reveal) {
    reveal = coalescedAfterNextPaint(() => {
      if (!view.isDestroyed) (view as unknown as { scrollToSelection(): void }).scrollToSelection();
    });
    reveals.set(view, reveal);
  }
  reveal();
}

function insertTypedCharacter(view: EditorView, event: KeyboardEvent): boolean {
  if (view.composing || event.isComposing || !event.charCode) return false;
  if (event.ctrlKey || event.metaKey) return false;
  const { selection } = view.state;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to)) {
    return false;
  }
  if (!selection.$from.parent.inlineContent || !caretAgrees(view)) return false;
  const text = String.fromCharCode(event.charCode);
  if (/[\r\n]/.test(text)) return false;
  const { from, to } = selection;
  const insert = () => view.state.tr.insertText(text, from, to).scrollIntoView();
  const handled = view.someProp('handleTextInput', (f) => f(view, from, to, text, insert));
  if (!handled) view.dispatch(insert());
  return true;
}

/** The page's selection as editor positions, when it lies in the editor's text. */
function pageSelection(view: EditorView): { anchor: number; head: number } | null {
  const dom = (view.root as Document).getSelection?.();
  if (!dom?.anchorNode || !dom.focusNode) return null;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
  try {
    return {
      anchor: view.posAtDOM(dom.anchorNode, dom.anchorOffset),
      head: view.posAtDOM(dom.focusNode, dom.focusOffset),
    };
  } catch {
    return null;
  }
}

/** True when the page's selection is where the editor state puts it. */
function caretAgrees(view: EditorView): boolean {
  const page = pageSelection(view);
  const { anchor, head } = view.state.selection;
  return page !== null && page.anchor === anchor && page.head === head;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Deletes the character (grapheme) before (-1) or after (1) the caret, inside a text run. */
function deleteCharacter(view: EditorView, direction: -1 | 1): boolean {
  if (view.composing || !caretAgrees(view)) return false;
  const range = characterRange(view.state, direction);
  if (!range) return false;
  view.dispatch(view.state.tr.delete(range.from, range.to).scrollIntoView());
  return true;
}

/** Where one character next to an empty caret lies, when it is plain text. */
export function characterRange(
  state: EditorState,
  direction: -1 | 1,
): { from: number; to: number } | null {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const { $from } = selection;
  const node = direction < 0 ? $from.nodeBefore : $from.nodeAfter;
  if (!node?.isText || !node.text) return null;
  const nearby = direction < 0 ? node.text.slice(-16) : node.text.slice(0, 16);
  const segments = [...graphemes.segment(nearby)];
  const segment = direction < 0 ? segments.at(-1) : segments[0];
  if (!segment) return null;
  const length = segment.segment.length;
  return direction < 0
    ? { from: $from.pos - length, to: $from.pos }
    : { from: $from.pos, to: $from.pos + length };
}
