/**
 * A document made ready for publishing: what every exporter (Markdown, HTML, DOCX, PDF)
 * renders. Clause numbers are worked out, cross-references resolved and every structured
 * block turned into tables, so each format only decides how things look.
 */
export interface Publication {
  info: PublicationInfo;
  blocks: PublishedBlock[];
}

/** What the running header or footer of a published copy says. */
export interface PublicationInfo {
  title: string;
  /** The latest named version's label, else the header block's version; '' when none. */
  version: string;
  /** "Draft", "Final", or the sign-off's status line (see documentStatus). */
  status: string;
  /** ISO date (YYYY-MM-DD) of the next review, '' when not set. */
  reviewDate: string;
}

/** A run of text with its marks. A cross-reference carries the clause id it points at. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
  /** For a cross-reference: the target clause's id (its text is the clause's number). */
  refTo?: string;
}

/** One block of the published body, in reading order. */
export type PublishedBlock =
  | { kind: 'heading'; level: number; number: string; anchor?: string; inlines: Inline[] }
  | {
      kind: 'paragraph';
      inlines: Inline[];
      clause?: { number: string; depth: number; anchor?: string };
    }
  | { kind: 'list'; ordered: boolean; lettered: boolean; start: number; items: PublishedBlock[][] }
  | { kind: 'quote'; children: PublishedBlock[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'table'; table: PublishedTable };

/** One cell: its lines of text (one paragraph each), and the columns it spans. */
export interface TableCell {
  lines: string[];
  /** Columns spanned, 1 when absent. */
  span?: number;
}

/** A structured block (or a part of one) as a table with one header row. */
export interface PublishedTable {
  /** The block type it came from, e.g. "priorityMatrix" (class names, styles). */
  block: string;
  /** Shown above the table; '' for none. */
  caption: string;
  header: TableCell[];
  /** Body rows; a row of one cell spanning every column is a group title. */
  rows: TableCell[][];
  /** Shown under the table, e.g. a matrix's key. */
  note?: string;
}

/** A cell of one or more lines (a multi-line text is split at its line breaks). */
export const cell = (text: string, span?: number): TableCell => {
  const lines = text.split('\n');
  return span && span > 1 ? { lines, span } : { lines };
};

/** The plain text of some inlines. */
export const inlineText = (inlines: Inline[]): string => inlines.map((i) => i.text).join('');
