import { parseHtml, textOf, type HtmlElement, type HtmlNode } from './parseHtml.ts';
import type { SourceBlock, SourceCell, SourceInline } from './SourceModel.ts';

type Marks = Omit<SourceInline, 'text'>;

const MARK_TAGS: Record<string, Marks> = {
  strong: { bold: true },
  b: { bold: true },
  em: { italic: true },
  i: { italic: true },
  u: { underline: true },
  s: { strike: true },
  del: { strike: true },
  code: { code: true },
};

const isElement = (node: HtmlNode): node is HtmlElement => typeof node !== 'string';
const classes = (el: HtmlElement) => (el.attrs.class ?? '').split(/\s+/);

/** Inline content as runs; `<a id>` anchors are reported to `onAnchor`. */
function inlines(nodes: HtmlNode[], marks: Marks, onAnchor: (id: string) => void): SourceInline[] {
  const out: SourceInline[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      const text = node.replace(/\s+/g, ' ');
      if (text) out.push({ text, ...marks });
      continue;
    }
    if (node.tag === 'br') out.push({ text: '\n', ...marks });
    else if (node.tag === 'a' && node.attrs.id !== undefined && node.children.length === 0) {
      onAnchor(node.attrs.id);
    } else if (node.tag === 'a' && node.attrs.href?.startsWith('#')) {
      out.push({ text: textOf(node), ...marks, refTo: node.attrs.href.slice(1) });
    } else if (node.tag === 'a' && node.attrs.href) {
      out.push(...inlines(node.children, { ...marks, href: node.attrs.href }, onAnchor));
    } else {
      out.push(...inlines(node.children, { ...marks, ...MARK_TAGS[node.tag] }, onAnchor));
    }
  }
  return out;
}

function trimRuns(runs: SourceInline[]): SourceInline[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out.at(-1);
  if (last) last.text = last.text.trimEnd();
  return out.filter((r) => r.text);
}

/** A cell's lines: one per paragraph, list item or line break. */
function cellLines(nodes: HtmlNode[]): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
  };
  for (const node of nodes) {
    if (!isElement(node)) current += node.replace(/\s+/g, ' ');
    else if (node.tag === 'br') flush();
    else if (['p', 'li', 'ul', 'ol', 'div'].includes(node.tag)) {
      flush();
      lines.push(...cellLines(node.children));
    } else current += textOf(node).replace(/\s+/g, ' ');
  }
  flush();
  return lines;
}

function cellOf(el: HtmlElement): SourceCell {
  const lines = cellLines(el.children);
  const span = Math.max(1, Number(el.attrs.colspan) || 1);
  return { lines: lines.length ? lines : [''], span };
}

function tableRows(el: HtmlElement): SourceCell[][] {
  const rows: SourceCell[][] = [];
  for (const child of el.children.filter(isElement)) {
    if (child.tag === 'tr') {
      rows.push(
        child.children
          .filter(isElement)
          .filter((c) => c.tag === 'td' || c.tag === 'th')
          .map(cellOf),
      );
    } else if (['thead', 'tbody', 'tfoot'].includes(child.tag)) {
      rows.push(...tableRows(child));
    }
  }
  return rows;
}

function listOf(el: HtmlElement): SourceBlock {
  const items = el.children
    .filter(isElement)
    .filter((c) => c.tag === 'li')
    .map((li) => {
      const nested = li.children
        .filter(isElement)
        .filter((c) => c.tag === 'ul' || c.tag === 'ol' || c.tag === 'p');
      const inline = li.children.filter((c) => !isElement(c) || !nested.includes(c));
      const first = trimRuns(inlines(inline, {}, () => undefined));
      const blocks = first.length ? [{ kind: 'paragraph' as const, inlines: first }] : [];
      return [...blocks, ...htmlBlocks(nested)];
    });
  const lettered = el.tag === 'ol' && (el.attrs.type === 'a' || classes(el).includes('lettered'));
  return { kind: 'list', ordered: el.tag === 'ol', lettered, items };
}

/** Block-level HTML (as Word conversion writes it) as source blocks. */
export function htmlBlocks(nodes: HtmlNode[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.trim()) out.push({ kind: 'paragraph', inlines: [{ text: node.trim() }] });
      continue;
    }
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading || node.tag === 'p') {
      let anchor: string | undefined;
      const runs = trimRuns(inlines(node.children, {}, (id) => (anchor ??= id)));
      if (node.children.some((c) => isElement(c) && c.tag === 'img')) out.push({ kind: 'image' });
      if (heading) {
        out.push({ kind: 'heading', level: Number(heading[1]), inlines: runs, anchor });
        continue;
      }
      const cls = classes(node);
      if (!runs.length) continue;
      out.push({
        kind: 'paragraph',
        inlines: runs,
        anchor,
        clause: cls.includes('clause') || undefined,
        role: cls.includes('caption') ? 'caption' : cls.includes('table-note') ? 'note' : undefined,
      });
    } else if (node.tag === 'ul' || node.tag === 'ol') out.push(listOf(node));
    else if (node.tag === 'table') out.push({ kind: 'table', rows: tableRows(node) });
    else if (node.tag === 'blockquote')
      out.push({ kind: 'quote', children: htmlBlocks(node.children) });
    else if (node.tag === 'pre') out.push({ kind: 'code', text: textOf(node) });
    else if (node.tag === 'hr') out.push({ kind: 'rule' });
    else if (node.tag === 'img') out.push({ kind: 'image' });
    else out.push(...htmlBlocks(node.children));
  }
  return out;
}

/** Parses HTML and reads its blocks. */
export function htmlToSource(html: string): SourceBlock[] {
  return htmlBlocks(parseHtml(html));
}
