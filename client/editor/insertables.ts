import type { Editor, Range } from '@tiptap/core';
import type * as Y from 'yjs';
import { createBlock } from '../../shared/blocks/core/blockStore.ts';
import { blockDefinitions } from '../../shared/blocks/registry.ts';
import type { BlockDefinition } from '../../shared/blocks/core/BlockDefinition.ts';
import { readRegister } from '../../shared/register/register.ts';
import { editBlock } from '../blocks/blockEdit.ts';
import { clauseInsertables } from '../clauses/clauseInsertables.ts';

/** Something the slash menu and the Insert menu can put into the document. */
export interface Insertable {
  id: string;
  label: string;
  description: string;
  keywords: string[];
  group: 'Text' | 'Blocks';
  /** Inserts at the selection, replacing `range` (the typed "/query") when given. */
  insert: (editor: Editor, doc: Y.Doc, range?: Range) => void;
}

const start = (editor: Editor, range?: Range) => {
  const chain = editor.chain().focus();
  return range ? chain.deleteRange(range) : chain;
};

/** Creates the block's data as one undoable edit, then the node that shows it. */
export function insertBlock(
  editor: Editor,
  doc: Y.Doc,
  definition: BlockDefinition,
  range?: Range,
): void {
  let blockId = '';
  editBlock(doc, () => {
    blockId = createBlock(doc, definition, { partnerships: readRegister(doc) });
  });
  start(editor, range).insertContent({ type: definition.type, attrs: { blockId } }).run();
}

const textStyles: Insertable[] = [
  ...([1, 2, 3] as const).map((level) => ({
    id: `heading${level}`,
    label: `Heading ${level}`,
    description: level === 1 ? 'A numbered section' : `A level ${level} clause heading`,
    keywords: ['heading', 'section', 'clause', `h${level}`],
    group: 'Text' as const,
    insert: (editor: Editor, _doc: Y.Doc, range?: Range) =>
      start(editor, range).setNode('heading', { level }).run(),
  })),
  ...clauseInsertables,
  {
    id: 'bulletList',
    label: 'Bulleted list',
    description: 'A list with bullets',
    keywords: ['list', 'bullet', 'unordered'],
    group: 'Text',
    insert: (editor, _doc, range) => start(editor, range).toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'Numbered list',
    description: 'A list numbered 1, 2, 3',
    keywords: ['list', 'numbered', 'ordered'],
    group: 'Text',
    insert: (editor, _doc, range) => start(editor, range).toggleOrderedList().run(),
  },
  {
    id: 'blockquote',
    label: 'Quote',
    description: 'A quotation',
    keywords: ['quote', 'blockquote'],
    group: 'Text',
    insert: (editor, _doc, range) => start(editor, range).toggleBlockquote().run(),
  },
];

/** Everything insertable, text styles first, then every structured block. */
export const insertables: Insertable[] = [
  ...textStyles,
  ...blockDefinitions.map((definition): Insertable => ({
    id: definition.type,
    label: definition.label,
    description: definition.description,
    keywords: definition.keywords,
    group: 'Blocks',
    insert: (editor, doc, range) => insertBlock(editor, doc, definition, range),
  })),
];
