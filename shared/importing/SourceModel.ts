import type { Inline } from '../publish/Publication.ts';

// What every reader (text, Markdown, Word) turns a file into, before blocks are
// recognised: headings, paragraphs, lists and tables with their text and marks.

/** A run of text with its marks, as in a published copy. */
export type SourceInline = Inline;

/** One cell: its lines of text and how many columns it spans. */
export interface SourceCell {
  lines: string[];
  span: number;
  /** The whole cell is bold (a group title in a Markdown table). */
  bold?: boolean;
}

/** A block of the file, in reading order. */
export type SourceBlock =
  | { kind: 'heading'; level: number; inlines: SourceInline[]; anchor?: string }
  | {
      kind: 'paragraph';
      inlines: SourceInline[];
      clause?: boolean;
      anchor?: string;
      /** A table caption, or the note under a table (a matrix key). */
      role?: 'caption' | 'note' | 'label';
    }
  | { kind: 'list'; ordered: boolean; lettered: boolean; items: SourceBlock[][] }
  | { kind: 'quote'; children: SourceBlock[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'table'; rows: SourceCell[][] }
  | { kind: 'image' };

/** A file read into blocks, with its title when the file names one. */
export interface SourceDocument {
  title: string;
  blocks: SourceBlock[];
  /** What the reader could not carry over (e.g. a Word warning). */
  notes: string[];
}

/** The plain text of some inlines. */
export const sourceText = (inlines: SourceInline[]): string => inlines.map((i) => i.text).join('');

/** A paragraph of plain text. */
export const plainParagraph = (text: string): SourceBlock => ({
  kind: 'paragraph',
  inlines: [{ text }],
});

/** A cell of plain text lines. */
export const sourceCell = (text: string, span = 1): SourceCell => ({
  lines: text.split('\n'),
  span,
});
