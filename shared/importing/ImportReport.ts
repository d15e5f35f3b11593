/** What an import made of a file, shown to the person who imported it. */
export interface ImportReport {
  fileName: string;
  title: string;
  /** Each structured block created, in document order. */
  blocks: { type: string; label: string; detail: string }[];
  /** Partnerships entered in the register, by name (acronym). */
  partnerships: string[];
  /** The ordinary text brought in. */
  body: { headings: number; clauses: number; paragraphs: number; lists: number; tables: number };
  /** What was left out, changed or not understood: never dropped silently. */
  notes: string[];
}
