import { displayNumber } from '../clauses/numberClauses.ts';
import { publicationLine } from './publicationLine.ts';
import type { Inline, Publication, PublishedBlock, PublishedTable } from './Publication.ts';

/** A pdfmake content node (pdfmake's own types are not published for this version). */
export type PdfNode = string | { [key: string]: unknown } | PdfNode[];

/** The font family every PDF uses; the caller embeds it (normal, bold, italics, bolditalics). */
export const PDF_FONT = 'Roboto';

/** A pdfmake document definition: pure data plus the header and footer functions. */
export interface PdfDefinition {
  info: { title: string; creator: string };
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  header: (page: number, pages: number) => PdfNode;
  footer: (page: number, pages: number) => PdfNode;
  content: PdfNode[];
  styles: Record<string, Record<string, unknown>>;
  defaultStyle: Record<string, unknown>;
}

const MARGIN = 56;

function text(inline: Inline): PdfNode {
  const node: Record<string, unknown> = { text: inline.text };
  if (inline.bold) node.bold = true;
  if (inline.italic) node.italics = true;
  const decoration = [inline.underline && 'underline', inline.strike && 'lineThrough'];
  if (decoration.some(Boolean)) node.decoration = decoration.find(Boolean);
  if (inline.code) node.background = '#eef0f2';
  if (inline.href) Object.assign(node, { link: inline.href, color: '#1d4ed8' });
  if (inline.refTo) Object.assign(node, { linkToDestination: inline.refTo, color: '#1d4ed8' });
  return node;
}

function table(published: PublishedTable): PdfNode[] {
  const columns = published.header.reduce((n, c) => n + (c.span ?? 1), 0);
  const row = (cells: PublishedTable['header'], style: string): PdfNode[] =>
    cells.flatMap((c) => {
      const span = c.span ?? 1;
      const first: PdfNode = {
        text: c.lines.join('\n'),
        style,
        ...(span > 1 ? { colSpan: span } : {}),
      };
      return [first, ...Array.from({ length: span - 1 }, () => ({}))];
    });
  const body = [
    row(published.header, 'th'),
    ...published.rows.map((cells) => {
      const group = cells.length === 1 && (cells[0]!.span ?? 1) === columns && columns > 1;
      return row(cells, group ? 'th' : 'td');
    }),
  ];
  const widths = Array.from({ length: columns }, (_, i) => (i === 0 && columns > 3 ? 90 : '*'));
  return [
    ...(published.caption.trim() ? [{ text: published.caption, style: 'caption' }] : []),
    {
      table: { headerRows: 1, dontBreakRows: true, widths, body },
      layout: {
        fillColor: (rowIndex: number) => (rowIndex === 0 ? '#e4e7eb' : null),
        hLineColor: () => '#9aa5b1',
        vLineColor: () => '#9aa5b1',
      },
      style: 'table',
    },
    ...(published.note ? [{ text: published.note, style: 'note' }] : []),
  ];
}

function blocks(list: PublishedBlock[]): PdfNode[] {
  return list.map((block): PdfNode => {
    switch (block.kind) {
      case 'heading':
        return {
          text: [block.number ? `${displayNumber(block.number)} ` : '', ...block.inlines.map(text)],
          style: `h${block.level}`,
          id: block.anchor,
          headlineLevel: block.level,
        };
      case 'paragraph':
        if (!block.clause) return { text: block.inlines.map(text), style: 'p' };
        return {
          columns: [
            { width: 36, text: displayNumber(block.clause.number) },
            { width: '*', text: block.inlines.map(text) },
          ],
          columnGap: 4,
          style: 'p',
          id: block.clause.anchor,
        };
      case 'list': {
        const items = block.items.map((item) => blocks(item));
        if (!block.ordered) return { ul: items, style: 'list' };
        return {
          ol: items,
          start: block.start,
          style: 'list',
          ...(block.lettered ? { type: 'lower-alpha', separator: ')' } : {}),
        };
      }
      case 'quote':
        return { stack: blocks(block.children), margin: [18, 0, 0, 6], italics: true };
      case 'code':
        return { text: block.text, style: 'p', preserveLeadingSpaces: true };
      case 'rule':
        return {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 0.5 }],
          margin: [0, 6],
        };
      case 'table':
        return table(block.table);
    }
  });
}

/** The pdfmake definition of a publication: A4, running header and numbered footer. */
export function pdfDefinition(publication: Publication): PdfDefinition {
  const { info } = publication;
  const line = publicationLine(info);
  return {
    info: { title: info.title, creator: 'Protocol editor' },
    pageSize: 'A4',
    pageMargins: [MARGIN, 64, MARGIN, 56],
    header: () => ({ text: info.title, style: 'running', margin: [MARGIN, 28, MARGIN, 0] }),
    footer: (page, pages) => ({
      text: `${line}${line ? ' · ' : ''}Page ${page} of ${pages}`,
      style: 'running',
      alignment: 'center',
      margin: [MARGIN, 20, MARGIN, 0],
    }),
    content: [{ text: info.title, style: 'title' }, ...blocks(publication.blocks)],
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 12] },
      h1: { fontSize: 15, bold: true, margin: [0, 12, 0, 6] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      p: { margin: [0, 0, 0, 6] },
      list: { margin: [0, 0, 0, 6] },
      caption: { bold: true, margin: [0, 8, 0, 4] },
      table: { fontSize: 9, margin: [0, 0, 0, 8] },
      th: { bold: true },
      td: {},
      note: { fontSize: 8, italics: true, margin: [0, 0, 0, 8] },
      running: { fontSize: 8, color: '#52606d' },
    },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.2 },
  };
}
