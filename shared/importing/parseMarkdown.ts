import { Lexer, type Token, type Tokens } from 'marked';
import { htmlToSource } from './htmlToSource.ts';
import type { SourceBlock, SourceCell, SourceDocument, SourceInline } from './SourceModel.ts';

type Marks = Omit<SourceInline, 'text'>;

interface InlineState {
  underline: boolean;
  anchor?: string;
}

const MARKS: Record<string, Marks> = {
  strong: { bold: true },
  em: { italic: true },
  del: { strike: true },
};

function inlines(tokens: Token[] | undefined, marks: Marks, state: InlineState): SourceInline[] {
  const out: SourceInline[] = [];
  const push = (text: string, extra: Marks = {}) =>
    out.push({ text, ...marks, ...(state.underline ? { underline: true } : {}), ...extra });
  for (const token of tokens ?? []) {
    const children = 'tokens' in token ? (token.tokens as Token[] | undefined) : undefined;
    if (token.type === 'text' && children) out.push(...inlines(children, marks, state));
    else if (token.type === 'text' || token.type === 'escape') push(token.text as string);
    else if (token.type === 'codespan') push(token.text as string, { code: true });
    else if (token.type === 'br') push('\n');
    else if (token.type in MARKS)
      out.push(...inlines(children, { ...marks, ...MARKS[token.type] }, state));
    else if (token.type === 'link') {
      const { href } = token as Tokens.Link;
      if (href.startsWith('#')) push((token as Tokens.Link).text, { refTo: href.slice(1) });
      else out.push(...inlines(children, { ...marks, href }, state));
    } else if (token.type === 'html') {
      const tag = (token.text as string).trim().toLowerCase();
      const anchor = /^<a\s+id="([^"]+)"/.exec(tag);
      if (anchor) state.anchor ??= anchor[1];
      else if (tag === '<u>') state.underline = true;
      else if (tag === '</u>') state.underline = false;
      else if (/^<br\s*\/?>$/.test(tag)) push('\n');
    }
  }
  return out;
}

function runsOf(tokens: Token[] | undefined): { runs: SourceInline[]; anchor?: string } {
  const state: InlineState = { underline: false };
  const runs = inlines(tokens, {}, state).filter((r) => r.text);
  return { runs, anchor: state.anchor };
}

function cellOf(cell: Tokens.TableCell): SourceCell {
  const { runs } = runsOf(cell.tokens);
  const text = runs.map((r) => r.text).join('');
  const bold = runs.length > 0 && runs.every((r) => r.bold || !r.text.trim());
  return { lines: text.split('\n').map((l) => l.trim()), span: 1, bold: bold || undefined };
}

const LETTER_ITEM = /^([a-z])\)\s+/;

function blocks(tokens: Token[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const { runs, anchor } = runsOf(token.tokens);
        out.push({
          kind: 'heading',
          level: (token as Tokens.Heading).depth,
          inlines: runs,
          anchor,
        });
        break;
      }
      case 'paragraph':
      case 'text': {
        const children = 'tokens' in token ? (token.tokens as Token[] | undefined) : undefined;
        const { runs, anchor } = runsOf(
          children ?? [{ type: 'text', raw: token.raw, text: token.text as string }],
        );
        if (!runs.length) break;
        const first = runs[0]!;
        const letter = LETTER_ITEM.exec(first.text);
        if (letter) {
          // "a) …" paragraphs are the Markdown form of a lettered list.
          const item: SourceBlock = {
            kind: 'paragraph',
            inlines: [{ ...first, text: first.text.slice(letter[0].length) }, ...runs.slice(1)],
          };
          const last = out.at(-1);
          if (last?.kind === 'list' && last.lettered) last.items.push([item]);
          else out.push({ kind: 'list', ordered: true, lettered: true, items: [[item]] });
          break;
        }
        out.push({ kind: 'paragraph', inlines: runs, anchor });
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        out.push({
          kind: 'list',
          ordered: list.ordered,
          lettered: false,
          items: list.items.map((item) => blocks(item.tokens)),
        });
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        out.push({
          kind: 'table',
          rows: [table.header.map(cellOf), ...table.rows.map((r) => r.map(cellOf))],
        });
        break;
      }
      case 'blockquote':
        out.push({ kind: 'quote', children: blocks((token as Tokens.Blockquote).tokens) });
        break;
      case 'code':
        out.push({ kind: 'code', text: token.text as string });
        break;
      case 'hr':
        out.push({ kind: 'rule' });
        break;
      case 'html':
        out.push(...htmlToSource(token.text as string));
        break;
      case 'image':
        out.push({ kind: 'image' });
        break;
    }
  }
  return out;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * Reads Markdown (GitHub flavour): front matter's `title`, headings, paragraphs, lists,
 * "a)" lettered paragraphs, pipe tables and HTML tables. A lone top-level heading that
 * opens the file is the title, and the headings under it move up a level.
 */
export function parseMarkdown(text: string): SourceDocument {
  const front = FRONT_MATTER.exec(text);
  const body = front ? text.slice(front[0].length) : text;
  const titleLine = front?.[1]?.split('\n').find((l) => l.startsWith('title:'));
  let title = '';
  if (titleLine) {
    const value = titleLine.slice('title:'.length).trim();
    try {
      title = value.startsWith('"') ? (JSON.parse(value) as string) : value;
    } catch {
      title = value;
    }
  }
  const parsed = blocks(new Lexer({ gfm: true }).lex(body));
  const first = parsed[0];
  const topLevel = parsed.filter((b) => b.kind === 'heading' && b.level === 1);
  if (first?.kind === 'heading' && first.level === 1 && topLevel.length === 1) {
    parsed.shift();
    title ||= first.inlines.map((r) => r.text).join('');
    for (const block of parsed)
      if (block.kind === 'heading') block.level = Math.max(1, block.level - 1);
  }
  return { title, blocks: parsed, notes: [] };
}
