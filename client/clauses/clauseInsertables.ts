import type { Editor, Range } from '@tiptap/core';
import type { Insertable } from '../editor/insertables.ts';
import { openClauseRefPicker } from './openClauseRefPicker.tsx';

const start = (editor: Editor, range?: Range) => {
  const chain = editor.chain().focus();
  return range ? chain.deleteRange(range) : chain;
};

/** Numbered clauses, lettered lists and cross-references, for the slash and Insert menus. */
export const clauseInsertables: Insertable[] = [
  {
    id: 'clause',
    label: 'Numbered clause',
    description: 'A paragraph numbered under its heading, e.g. 2.1',
    keywords: ['clause', 'numbered', 'paragraph'],
    group: 'Text',
    insert: (editor, _doc, range) => start(editor, range).setClause(true).run(),
  },
  {
    id: 'letteredList',
    label: 'Lettered list',
    description: 'A list lettered a), b), c)',
    keywords: ['list', 'lettered', 'alphabetical', 'ordered'],
    group: 'Text',
    insert: (editor, _doc, range) => start(editor, range).toggleLetteredList().run(),
  },
  {
    id: 'clauseRef',
    label: 'Cross-reference',
    description: 'A clause number that follows the clause, e.g. see 8.1',
    keywords: ['cross-reference', 'reference', 'see', 'clause', 'link'],
    group: 'Text',
    insert: (editor, _doc, range) => {
      if (range) start(editor, range).run();
      openClauseRefPicker(editor);
    },
  },
];
