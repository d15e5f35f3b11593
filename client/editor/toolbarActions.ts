import type { Editor } from '@tiptap/core';

/** One toolbar button: what it does, its shortcut, and whether it is on here. */
export interface ToolbarAction {
  id: string;
  label: string;
  /** Short text drawn on the button. */
  glyph: string;
  /** Keys in Tiptap's notation (`Mod` is Ctrl, or ⌘ on a Mac). */
  keys: string;
  run: (editor: Editor) => boolean;
  isActive?: (editor: Editor) => boolean;
  canRun?: (editor: Editor) => boolean;
}

const chain = (editor: Editor) => editor.chain().focus();

/** The toolbar, in order; groups are separated by `'|'`. */
export const toolbarActions: (ToolbarAction | '|')[] = [
  {
    id: 'undo',
    label: 'Undo',
    glyph: '↶',
    keys: 'Mod-Z',
    run: (e) => chain(e).undo().run(),
    canRun: (e) => e.can().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    glyph: '↷',
    keys: 'Mod-Shift-Z',
    run: (e) => chain(e).redo().run(),
    canRun: (e) => e.can().redo(),
  },
  '|',
  {
    id: 'paragraph',
    label: 'Normal text',
    glyph: '¶',
    keys: 'Mod-Alt-0',
    run: (e) => chain(e).setParagraph().run(),
    isActive: (e) => e.isActive('paragraph'),
  },
  ...([1, 2, 3] as const).map((level) => ({
    id: `heading${level}`,
    label: `Heading ${level}`,
    glyph: `H${level}`,
    keys: `Mod-Alt-${level}`,
    run: (e: Editor) => chain(e).toggleHeading({ level }).run(),
    isActive: (e: Editor) => e.isActive('heading', { level }),
  })),
  {
    id: 'clause',
    label: 'Numbered clause',
    glyph: '§',
    keys: 'Mod-Alt-N',
    run: (e) => chain(e).toggleClause().run(),
    isActive: (e) => e.isActive('paragraph', { clause: true }),
  },
  '|',
  {
    id: 'bold',
    label: 'Bold',
    glyph: 'B',
    keys: 'Mod-B',
    run: (e) => chain(e).toggleBold().run(),
    isActive: (e) => e.isActive('bold'),
  },
  {
    id: 'italic',
    label: 'Italic',
    glyph: 'I',
    keys: 'Mod-I',
    run: (e) => chain(e).toggleItalic().run(),
    isActive: (e) => e.isActive('italic'),
  },
  {
    id: 'underline',
    label: 'Underline',
    glyph: 'U',
    keys: 'Mod-U',
    run: (e) => chain(e).toggleUnderline().run(),
    isActive: (e) => e.isActive('underline'),
  },
  '|',
  {
    id: 'bulletList',
    label: 'Bulleted list',
    glyph: '•',
    keys: 'Mod-Shift-8',
    run: (e) => chain(e).toggleBulletList().run(),
    isActive: (e) => e.isActive('bulletList'),
  },
  {
    id: 'orderedList',
    label: 'Numbered list',
    glyph: '1.',
    keys: 'Mod-Shift-7',
    run: (e) => chain(e).toggleOrderedList().run(),
    isActive: (e) => e.isActive('orderedList'),
  },
  {
    id: 'blockquote',
    label: 'Quote',
    glyph: '“',
    keys: 'Mod-Shift-B',
    run: (e) => chain(e).toggleBlockquote().run(),
    isActive: (e) => e.isActive('blockquote'),
  },
];

/** Shows `Mod-Shift-Z` as `Ctrl+Shift+Z`, or `⌘+Shift+Z` on a Mac. */
export function formatKeys(keys: string, isMac: boolean): string {
  return keys
    .split('-')
    .map((k) => (k === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : k === 'Alt' && isMac ? '⌥' : k))
    .join('+');
}
