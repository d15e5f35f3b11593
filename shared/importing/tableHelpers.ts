import type * as Y from 'yjs';
import type { TemplateBlock } from '../templates/TemplateSpec.ts';
import { cellText } from './classifyTable.ts';
import type { RegisterDraft } from './RegisterDraft.ts';
import type { SourceCell } from './SourceModel.ts';

/** What a table is read with: the register so far, its caption, a name for a profile. */
export interface TableContext {
  register: RegisterDraft;
  /** The caption above the table ('' when none). */
  caption: string;
  /** The heading or label just before the table (names a profile table without a header). */
  before: string;
  /** Where to say what could not be carried over. */
  notes: string[];
}

/** A recognised table: the block to create (if any) and a line for the import report. */
export interface TableBlock {
  block?: TemplateBlock;
  detail: string;
  /** The caption became the block's title, so it is not kept as a paragraph too. */
  usesCaption?: boolean;
}

export type Fill = (block: Y.Map<unknown>, partners: Record<string, string>) => void;

export const texts = (row: SourceCell[]) => row.map(cellText);
/** "1 entry", "3 entries", "2 versions". */
export const plural = (n: number, word: string) =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const normal = (text: string) => text.toLowerCase();
export const column = (headers: string[], pattern: RegExp) =>
  headers.findIndex((h) => pattern.test(normal(h)));
