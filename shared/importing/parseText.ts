import {
  plainParagraph,
  sourceCell,
  type SourceBlock,
  type SourceDocument,
} from './SourceModel.ts';

const BULLET = /^\s*[-•✓√▪●◦*]\s+(.*)$/;
const LETTERED = /^\s*\(?([a-z])\)\s+(.*)$/;
const CLAUSE = /^\s*\d+(?:\.\d+)+\.?\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const GLOSSARY_LINE = /^[A-Z][A-Za-z0-9&]{1,11}\s+[-–—]\s+\S/;
const PARTNERSHIP_NAME = /\b(Board|Partnership|Trust|Group)s?(\s*\([A-Z]{2,8}\))?$/;

/** A short line with no closing punctuation: a heading in text extracted from a document. */
const looksLikeHeading = (text: string) =>
  text.length <= 70 && /^[A-Z0-9]/.test(text) && !/[.;:,]$/.test(text);

const stripTags = (line: string) => line.replace(/<\/?[a-z][^>]*>/gi, '');

interface Collected {
  blocks: SourceBlock[];
  numberedHeadings: boolean;
}

/**
 * Whether a tab-separated line after a blank line still belongs to the table: a row as
 * wide as the last, or the rest of a row split across pages (its first cell empty).
 */
function continuesTable(last: string[], next: string | undefined): boolean {
  if (!next?.includes('\t')) return false;
  const cells = next.split('\t');
  return cells.length === last.length || !cells[0]!.trim();
}

/** Consecutive tab-separated lines (single blank lines inside allowed) as one table. */
function readTable(lines: string[], start: number): { end: number; block: SourceBlock } {
  const rows: string[][] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.includes('\t')) {
      rows.push(line.split('\t').map((c) => stripTags(c).trim()));
      i++;
    } else if (!line.trim() && continuesTable(rows.at(-1)!, lines[i + 1])) {
      i++;
    } else break;
  }
  const width = Math.max(1, ...rows.map((r) => r.reduce((w, c, k) => (c ? k + 1 : w), 0)));
  return {
    end: i,
    block: {
      kind: 'table',
      rows: rows.map((r) => Array.from({ length: width }, (_, k) => sourceCell(r[k] ?? ''))),
    },
  };
}

function listItem(text: string): { lettered: boolean; block: SourceBlock } {
  const lettered = LETTERED.exec(text);
  return {
    lettered: !!lettered,
    block: plainParagraph(lettered ? lettered[2]!.trim() : text.trim()),
  };
}

/** Pushes an item onto the list at the end of `blocks`, or starts a list. */
function addItem(blocks: SourceBlock[], ordered: boolean, lettered: boolean, item: SourceBlock) {
  const last = blocks.at(-1);
  if (last?.kind === 'list' && last.ordered === ordered && last.lettered === lettered) {
    last.items.push([item]);
  } else blocks.push({ kind: 'list', ordered, lettered, items: [[item]] });
}

function classify(text: string, collected: Collected): void {
  const { blocks } = collected;
  const bullet = BULLET.exec(text);
  const clause = CLAUSE.exec(bullet ? bullet[1]! : text);
  if (clause) {
    blocks.push({ kind: 'paragraph', inlines: [{ text: clause[1]!.trim() }], clause: true });
    return;
  }
  if (bullet) {
    const { lettered, block } = listItem(bullet[1]!);
    addItem(blocks, lettered, lettered, block);
    return;
  }
  if (LETTERED.test(text)) {
    addItem(blocks, true, true, listItem(text).block);
    return;
  }
  const numbered = NUMBERED.exec(text);
  if (numbered && looksLikeHeading(numbered[1]!.trim())) {
    collected.numberedHeadings = true;
    blocks.push({ kind: 'heading', level: 1, inlines: [{ text: numbered[1]!.trim() }] });
  } else if (numbered) {
    addItem(blocks, true, false, plainParagraph(numbered[1]!.trim()));
  } else if (GLOSSARY_LINE.test(text)) {
    blocks.push(plainParagraph(text));
  } else if (looksLikeHeading(text) && PARTNERSHIP_NAME.test(text)) {
    blocks.push({ kind: 'paragraph', inlines: [{ text, bold: true }], role: 'label' });
  } else if (looksLikeHeading(text)) {
    blocks.push({ kind: 'heading', level: 0, inlines: [{ text }] });
  } else {
    blocks.push(plainParagraph(text));
  }
}

/**
 * Reads plain text as extracted from a document: one paragraph per line, tab-separated
 * lines as tables, "-" or "•" lines as bullets, "a)" lines as lettered lists, "2.1 …" as
 * numbered clauses, short unpunctuated lines as headings. The first line is the title.
 */
export function parseText(text: string): SourceDocument {
  const lines = text.split('\n');
  const collected: Collected = { blocks: [], numberedHeadings: false };
  let title = '';
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (line.includes('\t') && line.replace(/\t/g, '').trim()) {
      const { end, block } = readTable(lines, i);
      collected.blocks.push(block);
      i = end;
      continue;
    }
    const content = stripTags(line).trim();
    i++;
    if (!content) continue;
    if (!title) title = content;
    else classify(content, collected);
  }
  // Unnumbered headings sit under numbered ones when the text numbers its sections.
  const level = collected.numberedHeadings ? 2 : 1;
  for (const block of collected.blocks) {
    if (block.kind === 'heading' && block.level === 0) block.level = level;
  }
  return { title, blocks: collected.blocks, notes: [] };
}
