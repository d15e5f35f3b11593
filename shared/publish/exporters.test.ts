import { describe, expect, it } from 'vitest';
import { createDoc } from '../document/docFields.ts';
import { applyTemplate } from '../templates/applyTemplate.ts';
import { everyBlockSpec } from '../testing/everyBlockSpec.ts';
import { exportHtml } from './exportHtml.ts';
import { exportMarkdown } from './exportMarkdown.ts';
import { pdfDefinition } from './pdfDefinition.ts';
import { preparePublication } from './preparePublication.ts';
import type { Publication } from './Publication.ts';

function publication(): Publication {
  const doc = createDoc();
  applyTemplate(doc, everyBlockSpec);
  return preparePublication(doc);
}

describe('the publication model', () => {
  it('numbers headings and clauses, resolves cross-references and states the header facts', () => {
    const { info, blocks } = publication();
    expect(info).toEqual({
      title: 'Joint Working Protocol for Four Boards',
      version: '1.2',
      status: 'Final',
      reviewDate: '2027-03-31',
    });
    const numbers = blocks.flatMap((b) =>
      b.kind === 'heading'
        ? [b.number]
        : b.kind === 'paragraph' && b.clause
          ? [b.clause.number]
          : [],
    );
    expect(numbers.slice(0, 5)).toEqual(['1', '1.1', '1.2', '1.3', '1.3.1']);
    const basis = blocks.find((b) => b.kind === 'paragraph' && b.clause?.anchor === 'c_basis');
    expect(basis?.kind === 'paragraph' && basis.inlines.find((i) => i.refTo)).toMatchObject({
      text: '6',
      refTo: 'c_review',
    });
  });
});

describe('exporters', () => {
  it('HTML: every table has column headers, a caption where titled, and row headers in matrices', () => {
    const html = exportHtml(publication());
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(11);
    for (const table of tables) expect(table).toContain('<thead><tr><th scope="col"');
    expect(html).toContain('<caption>Strategic priority matrix</caption>');
    expect(html).toContain('<tr class="group"><th scope="rowgroup" colspan="2">Meetings</th></tr>');
    expect(html).toContain('<th scope="colgroup" colspan="2">Contact</th>');
    expect(html).toContain('<p class="note">Key: Lead');
  });

  it('Markdown: escapes what would change meaning and numbers clauses as text', () => {
    const md = exportMarkdown(publication());
    expect(md).toContain('## <a id="c_intro"></a>1. Introduction');
    expect(md).toContain(
      '<a id="c_basis"></a>1.2 Each board keeps its statutory duties; see [6](#c_review).',
    );
    expect(md).toContain('| Preventing abuse & neglect | Lead | Contributing |  |');
    expect(md).toContain('Table: Strategic priority matrix');
    expect(md).toContain('| **Meetings** |  |');
    expect(md).toContain('a) share information;');
  });

  it('PDF: A4, a running header and "Page n of m" in the footer, rows never split', () => {
    const definition = pdfDefinition(publication());
    expect(definition.pageSize).toBe('A4');
    expect(definition.header(1, 3)).toMatchObject({
      text: 'Joint Working Protocol for Four Boards',
    });
    expect(definition.footer(2, 3)).toMatchObject({
      text: 'Version 1.2 · Final · Review date 31 March 2027 · Page 2 of 3',
    });
    const tables = JSON.stringify(definition.content).match(/"dontBreakRows":true/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(11);
    expect(JSON.stringify(definition.content)).not.toContain('"dontBreakRows":false');
  });
});
