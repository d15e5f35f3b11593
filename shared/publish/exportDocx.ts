import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { publicationLine } from './publicationLine.ts';
import { docxNumbering, docxStyles, NUMBERING } from './docxStyles.ts';
import type { Inline, Publication, PublishedBlock, PublishedTable } from './Publication.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '7B8794' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const HEADER_FILL = { type: ShadingType.CLEAR, color: 'auto', fill: 'E4E7EB' };

function run(inline: Inline): TextRun {
  if (inline.text === '\n') return new TextRun({ break: 1 });
  return new TextRun({
    text: inline.text,
    bold: inline.bold,
    italics: inline.italic,
    underline: inline.underline ? {} : undefined,
    strike: inline.strike,
    font: inline.code ? 'Courier New' : undefined,
    style: inline.href || inline.refTo ? 'Hyperlink' : undefined,
  });
}

function runs(inlines: Inline[], anchor?: string): ParagraphChild[] {
  const children: ParagraphChild[] = inlines.map((inline) => {
    if (inline.refTo)
      return new InternalHyperlink({ anchor: inline.refTo, children: [run(inline)] });
    if (inline.href) return new ExternalHyperlink({ link: inline.href, children: [run(inline)] });
    return run(inline);
  });
  return anchor ? [new Bookmark({ id: anchor, children })] : children;
}

/** Lists number from 1 again in each new list: one numbering instance per list. */
class ListCounter {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

function tableCell(lines: string[], header: boolean, span?: number): TableCell {
  return new TableCell({
    columnSpan: span && span > 1 ? span : undefined,
    shading: header ? HEADER_FILL : undefined,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (line) =>
        new Paragraph({
          spacing: { after: 0 },
          children: [new TextRun({ text: line, bold: header })],
        }),
    ),
  });
}

function table(published: PublishedTable): (Paragraph | Table)[] {
  const columns = published.header.reduce((n, c) => n + (c.span ?? 1), 0);
  const out: (Paragraph | Table)[] = [];
  if (published.caption.trim()) {
    out.push(new Paragraph({ style: 'Caption', children: [new TextRun(published.caption)] }));
  }
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: published.header.map((c) => tableCell(c.lines, true, c.span)),
  });
  const rows = published.rows.map((cells) => {
    const group = cells.length === 1 && (cells[0]!.span ?? 1) === columns && columns > 1;
    return new TableRow({
      cantSplit: true,
      children: cells.map((c) => tableCell(c.lines, group, c.span)),
    });
  });
  out.push(
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
  );
  if (published.note) {
    out.push(new Paragraph({ style: 'TableNote', children: [new TextRun(published.note)] }));
  } else {
    out.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
  }
  return out;
}

function blocks(list: PublishedBlock[], counter: ListCounter, depth = 0): (Paragraph | Table)[] {
  return list.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[block.level - 1],
            numbering: { reference: NUMBERING.clauses, level: block.level - 1 },
            children: runs(block.inlines, block.anchor),
          }),
        ];
      case 'paragraph':
        if (!block.clause) return [new Paragraph({ children: runs(block.inlines) })];
        return [
          new Paragraph({
            style: 'Clause',
            numbering: { reference: NUMBERING.clauses, level: Math.min(3, block.clause.depth - 1) },
            children: runs(block.inlines, block.clause.anchor),
          }),
        ];
      case 'list': {
        const reference = block.lettered
          ? NUMBERING.letters
          : block.ordered
            ? NUMBERING.numbers
            : NUMBERING.bullets;
        const instance = counter.take();
        return block.items.flatMap((item) =>
          item.flatMap((child, i) => {
            if (child.kind !== 'paragraph' || i > 0) return blocks([child], counter, depth + 1);
            return [
              new Paragraph({
                style: block.lettered ? 'LetteredList' : undefined,
                numbering: { reference, level: Math.min(2, depth), instance },
                children: runs(child.inlines),
              }),
            ];
          }),
        );
      }
      case 'quote':
        return blocks(block.children, counter, depth);
      case 'code':
        return block.text
          .split('\n')
          .map(
            (line) =>
              new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }),
          );
      case 'rule':
        return [new Paragraph({ border: { bottom: BORDER }, children: [] })];
      case 'table':
        return table(block.table);
    }
  });
}

/** The Word document of a publication: styles, numbered clauses, tables, header and footer. */
export function docxDocument(publication: Publication): Document {
  const { info } = publication;
  const small = { size: 18, color: '52606D' };
  return new Document({
    title: info.title,
    creator: 'Protocol editor',
    styles: docxStyles,
    numbering: docxNumbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: info.title, ...small })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${publicationLine(info)} · Page `, ...small }),
                  new TextRun({ children: [PageNumber.CURRENT], ...small }),
                  new TextRun({ text: ' of ', ...small }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(info.title)] }),
          ...blocks(publication.blocks, new ListCounter()),
        ],
      },
    ],
  });
}

/** The bytes of the DOCX file (no Node API: works in the browser and on the relay). */
export async function exportDocx(publication: Publication): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(publication)));
}
