import { displayNumber } from '../clauses/numberClauses.ts';
import { htmlTable } from './exportHtml.ts';
import { longDate } from './longDate.ts';
import type { Inline, Publication, PublishedBlock, PublishedTable } from './Publication.ts';

const escapeText = (text: string) => text.replace(/([\\`*_[\]<>~|])/g, '\\$1');

/** Escapes what would start a heading, list or quote at the beginning of a line. */
const escapeLineStart = (text: string) =>
  text.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, space: string, lead: string) =>
    lead.length > 1 ? `${space}${lead.slice(0, -1)}\\${lead.slice(-1)}` : `${space}\\${lead}`,
  );

function wrap(text: string, before: string, after = before): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${before}${match[2]}${after}${match[3]}` : text;
}

function inlineMarkdown(inline: Inline): string {
  if (inline.text === '\n') return '<br>';
  let text = inline.code ? wrap(inline.text, '`') : escapeText(inline.text);
  if (inline.refTo) return `[${text}](#${inline.refTo})`;
  if (inline.strike) text = wrap(text, '~~');
  if (inline.italic) text = wrap(text, '*');
  if (inline.bold) text = wrap(text, '**');
  if (inline.underline) text = wrap(text, '<u>', '</u>');
  if (inline.href) text = `[${text}](${inline.href.replace(/[()\s]/g, encodeURIComponent)})`;
  return text;
}

const inlinesMarkdown = (inlines: Inline[]) => inlines.map(inlineMarkdown).join('');
const anchor = (id: string | undefined) => (id ? `<a id="${id}"></a>` : '');
const cellText = (lines: string[]) => lines.map((l) => escapeText(l)).join('<br>');

function tableMarkdown(table: PublishedTable): string {
  const columns = table.header.reduce((n, c) => n + (c.span ?? 1), 0);
  const parts = table.caption.trim() ? [`Table: ${escapeText(table.caption)}`, ''] : [];
  if (table.header.some((c) => (c.span ?? 1) > 1)) {
    parts.push(htmlTable({ ...table, caption: '' }));
  } else {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    parts.push(line(table.header.map((c) => cellText(c.lines))));
    parts.push(line(table.header.map(() => '---')));
    for (const row of table.rows) {
      const group = row.length === 1 && (row[0]!.span ?? 1) === columns && columns > 1;
      const cells = group
        ? [`**${cellText(row[0]!.lines)}**`, ...Array<string>(columns - 1).fill('')]
        : row.map((c) => cellText(c.lines));
      parts.push(line(cells));
    }
  }
  if (table.note) parts.push('', escapeLineStart(escapeText(table.note)));
  return parts.join('\n');
}

function blocksMarkdown(blocks: PublishedBlock[], indent: string): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(
          `${'#'.repeat(block.level + 1)} ${anchor(block.anchor)}${
            block.number ? `${displayNumber(block.number)} ` : ''
          }${inlinesMarkdown(block.inlines)}`,
        );
        break;
      case 'paragraph': {
        const text = escapeLineStart(inlinesMarkdown(block.inlines));
        const number = block.clause
          ? `${anchor(block.clause.anchor)}${displayNumber(block.clause.number).replace(/\.$/, '\\.')} `
          : '';
        out.push(`${indent}${number}${text}`);
        break;
      }
      case 'list':
        block.items.forEach((item, i) => {
          const marker = block.lettered
            ? `${String.fromCharCode(97 + ((block.start - 1 + i) % 26))})`
            : block.ordered
              ? `${block.start + i}.`
              : '-';
          const [first = '', ...rest] = blocksMarkdown(item, `${indent}   `);
          out.push(`${indent}${marker} ${first.trimStart()}`, ...rest);
        });
        break;
      case 'quote':
        out.push(...blocksMarkdown(block.children, indent).map((l) => `> ${l}`));
        break;
      case 'code':
        out.push(
          `${indent}\`\`\``,
          ...block.text.split('\n').map((l) => indent + l),
          `${indent}\`\`\``,
        );
        break;
      case 'rule':
        out.push('---');
        break;
      case 'table':
        out.push(tableMarkdown(block.table));
        break;
    }
  }
  return out;
}

/** A publication as Markdown (GitHub flavour): front matter, title, numbered body, tables. */
export function exportMarkdown(publication: Publication): string {
  const { title, version, status, reviewDate } = publication.info;
  const quoted = (value: string) => JSON.stringify(value);
  const front = [
    '---',
    `title: ${quoted(title)}`,
    `version: ${quoted(version)}`,
    `status: ${quoted(status)}`,
    `review: ${quoted(longDate(reviewDate))}`,
    '---',
  ];
  const body = blocksMarkdown(publication.blocks, '');
  const text = [`# ${escapeText(title)}`, ...body].join('\n\n').replace(/\n{3,}/g, '\n\n');
  return `${front.join('\n')}\n\n${text}\n`;
}
