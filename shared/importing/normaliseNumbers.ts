import type { SourceBlock, SourceInline } from './SourceModel.ts';

const HEADING_NUMBER = /^\s*\d+(?:\.\d+)*[.)]?\s+/;
const CLAUSE_NUMBER = /^\s*\d+(?:(?:\.\d+)+\.?|\.)\s+/;

function strip(inlines: SourceInline[], pattern: RegExp): SourceInline[] | undefined {
  const first = inlines[0];
  const match = first && !first.refTo ? pattern.exec(first.text) : null;
  if (!match) return undefined;
  const rest = first!.text.slice(match[0].length);
  return rest ? [{ ...first!, text: rest }, ...inlines.slice(1)] : inlines.slice(1);
}

/**
 * Numbers typed into headings and paragraphs ("2. Principles", "2.1 The boards…") are
 * the editor's to draw: they are taken off, and a numbered paragraph becomes a clause.
 */
export function normaliseNumbers(blocks: SourceBlock[]): SourceBlock[] {
  return blocks.map((block) => {
    if (block.kind === 'heading') {
      return { ...block, inlines: strip(block.inlines, HEADING_NUMBER) ?? block.inlines };
    }
    if (block.kind === 'paragraph' && !block.role) {
      const stripped = strip(block.inlines, CLAUSE_NUMBER);
      if (stripped) return { ...block, inlines: stripped, clause: true };
    }
    return block;
  });
}
