import { parseDate } from './parseDate.ts';
import type { RegisterDraft } from './RegisterDraft.ts';
import { sourceText, type SourceBlock } from './SourceModel.ts';

const GLOSSARY_LINE = /^([A-Z][A-Za-z0-9&]{1,11})\s+[-–—:]\s+(\S.*)$/;

/** The text of a paragraph, heading or label; undefined for anything else. */
export function lineOf(block: SourceBlock | undefined): string | undefined {
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'heading')) return undefined;
  return sourceText(block.inlines).trim();
}

/** Glossary lines ("HWBB - Health and Wellbeing Board") starting at `start`, as a list or lines. */
export function glossaryRun(
  blocks: SourceBlock[],
  start: number,
  afterGlossaryHeading: boolean,
): { entries: [string, string][]; end: number } | undefined {
  const entries: [string, string][] = [];
  let end = start;
  const first = blocks[start];
  if (first?.kind === 'list') {
    for (const item of first.items) {
      const match = GLOSSARY_LINE.exec(lineOf(item[0]) ?? '');
      if (!match || item.length > 1) return undefined;
      entries.push([match[1]!, match[2]!.trim()]);
    }
    end = start + 1;
  } else {
    for (; end < blocks.length; end++) {
      const match = GLOSSARY_LINE.exec(lineOf(blocks[end]) ?? '');
      if (!match || blocks[end]!.kind !== 'paragraph') break;
      entries.push([match[1]!, match[2]!.trim()]);
    }
  }
  return entries.length >= (afterGlossaryHeading ? 2 : 3) ? { entries, end } : undefined;
}

/** A signatory written as two lines, "Somerset Safeguarding Adults Board Chair" then a name. */
export interface SignatoryLine {
  name: string;
  designation: string;
  partnership: string;
  date: string;
}

/**
 * Signatories set out as lines after a "Signatories" line (no table): the board and role,
 * then the person, for each; a date line after them dates them all.
 */
export function signatoryRun(
  blocks: SourceBlock[],
  start: number,
  register: RegisterDraft,
): { rows: SignatoryLine[]; end: number } | undefined {
  const rows: SignatoryLine[] = [];
  let i = start;
  for (; i + 1 < blocks.length; i += 2) {
    const role = lineOf(blocks[i]);
    const name = lineOf(blocks[i + 1]);
    if (!role || !name || name.length > 80 || register.isPartnership(name)) break;
    const chair = /\s+(board\s+)?(chair|co-chair|vice[- ]chair)$/i.exec(role);
    // "Children's Trust Board Chair" signs for the "Children's Trust" when that is registered.
    const bare = chair ? role.slice(0, chair.index) : role;
    const board = register.find(bare) || !chair?.[1] ? bare : `${bare} Board`;
    if (!register.isPartnership(board)) break;
    rows.push({
      name,
      designation: chair ? chair[2]!.replace(/^c/, 'C') : '',
      partnership: board,
      date: '',
    });
  }
  const date = parseDate(lineOf(blocks[i]) ?? '');
  if (date) {
    for (const row of rows) row.date = date;
    i++;
  }
  return rows.length >= 2 ? { rows, end: i } : undefined;
}

/** "Somerset Health and Wellbeing Board (HWBB)" in running text: partnerships named in prose. */
export function partnershipsInProse(blocks: SourceBlock[]): string[] {
  const found: string[] = [];
  const pattern =
    /((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for)\s+)?){0,6}(?:Board|Partnership|Trust|Commission))\s*\(([A-Z][A-Za-z]{1,7})\)/g;
  for (const block of blocks) {
    const text = lineOf(block);
    if (text) for (const match of text.matchAll(pattern)) found.push(`${match[1]} (${match[2]})`);
  }
  return found;
}
