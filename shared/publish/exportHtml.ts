import { displayNumber } from '../clauses/numberClauses.ts';
import { escapeHtml } from './escapeHtml.ts';
import { publicationLine } from './publicationLine.ts';
import type { Inline, Publication, PublishedBlock, PublishedTable } from './Publication.ts';

/** Blocks whose first column names the row (a priority, a theme, a report, a field). */
const ROW_HEADED = new Set([
  'priorityMatrix',
  'sharedResponsibilities',
  'reportingArrangements',
  'partnershipProfiles',
  'leadTable',
]);

function inlineHtml(inline: Inline): string {
  if (inline.text === '\n') return '<br>';
  let html = escapeHtml(inline.text);
  if (inline.code) html = `<code>${html}</code>`;
  if (inline.strike) html = `<s>${html}</s>`;
  if (inline.underline) html = `<u>${html}</u>`;
  if (inline.italic) html = `<em>${html}</em>`;
  if (inline.bold) html = `<strong>${html}</strong>`;
  if (inline.refTo) return `<a href="#${escapeHtml(inline.refTo)}">${html}</a>`;
  if (inline.href) html = `<a href="${escapeHtml(inline.href)}">${html}</a>`;
  return html;
}

const inlinesHtml = (inlines: Inline[]) => inlines.map(inlineHtml).join('');
const lines = (texts: string[]) => texts.map(escapeHtml).join('<br>');
const idAttr = (id: string | undefined) => (id ? ` id="${escapeHtml(id)}"` : '');
const spanAttr = (span: number | undefined) => (span && span > 1 ? ` colspan="${span}"` : '');

/** A table with its caption, a header row of column headers and, where fitting, row headers. */
export function htmlTable(table: PublishedTable): string {
  const columns = table.header.reduce((n, c) => n + (c.span ?? 1), 0);
  const rowHeaded = ROW_HEADED.has(table.block);
  const head = table.header
    .map(
      (c) =>
        `<th scope="${(c.span ?? 1) > 1 ? 'colgroup' : 'col'}"${spanAttr(c.span)}>${lines(c.lines)}</th>`,
    )
    .join('');
  const body = table.rows
    .map((row) => {
      if (row.length === 1 && (row[0]!.span ?? 1) === columns && columns > 1) {
        return `<tr class="group"><th scope="rowgroup" colspan="${columns}">${lines(row[0]!.lines)}</th></tr>`;
      }
      const cells = row.map((c, i) =>
        i === 0 && rowHeaded
          ? `<th scope="row">${lines(c.lines)}</th>`
          : `<td${spanAttr(c.span)}>${lines(c.lines)}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const caption = table.caption.trim() ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  return `<table class="block-${table.block}">${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function blockHtml(block: PublishedBlock): string {
  switch (block.kind) {
    case 'heading': {
      const number = block.number
        ? `<span class="clause-number">${displayNumber(block.number)}</span> `
        : '';
      const level = block.level + 1;
      return `<h${level}${idAttr(block.anchor)}>${number}${inlinesHtml(block.inlines)}</h${level}>`;
    }
    case 'paragraph':
      if (!block.clause) return `<p>${inlinesHtml(block.inlines)}</p>`;
      return `<p class="clause"${idAttr(block.clause.anchor)}><span class="clause-number">${displayNumber(
        block.clause.number,
      )}</span> ${inlinesHtml(block.inlines)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const type = block.lettered ? ' type="a"' : '';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`);
      return `<${tag}${type}${start}>${items.join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${block.children.map(blockHtml).join('\n')}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'table': {
      const note = block.table.note ? `\n<p class="note">${escapeHtml(block.table.note)}</p>` : '';
      return htmlTable(block.table) + note;
    }
  }
}

const STYLE = `
@page { size: A4; margin: 2cm; }
body { font-family: system-ui, sans-serif; line-height: 1.45; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1f2933; }
.meta { color: #52606d; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #9aa5b1; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e4e7eb; }
tr { break-inside: avoid; }
tr.group th { background: #f5f7fa; }
.note { font-size: 0.9em; color: #52606d; }
`;

/** A publication as one self-contained, accessible HTML page. */
export function exportHtml(publication: Publication): string {
  const { title } = publication.info;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(publicationLine(publication.info))}</p>
</header>
<main>
${publication.blocks.map(blockHtml).join('\n')}
</main>
</body>
</html>
`;
}
