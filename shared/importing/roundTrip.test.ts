import { describe, expect, it } from 'vitest';
import { createDoc } from '../document/docFields.ts';
import { readContent } from '../document/readContent.ts';
import { exportDocx } from '../publish/exportDocx.ts';
import { exportMarkdown } from '../publish/exportMarkdown.ts';
import { preparePublication } from '../publish/preparePublication.ts';
import { blockDefinitions } from '../blocks/registry.ts';
import { applyTemplate } from '../templates/applyTemplate.ts';
import { comparableContent } from '../testing/comparableContent.ts';
import { everyBlockSpec } from '../testing/everyBlockSpec.ts';
import { createImportedDoc, readImport } from './readImport.ts';

function original() {
  const doc = createDoc();
  applyTemplate(doc, everyBlockSpec);
  return doc;
}

async function reimport(fileName: string, bytes: Uint8Array) {
  const plan = await readImport(fileName, bytes);
  const doc = createDoc();
  createImportedDoc(doc, plan);
  return { content: readContent(doc), report: plan.report };
}

describe('export then import keeps text, clauses and every block’s data', () => {
  const source = original();
  const expected = comparableContent(readContent(source));

  it('the fixture holds every block type', () => {
    expect(new Set(readContent(source).blocks.map((b) => b.type))).toEqual(
      new Set(blockDefinitions.map((d) => d.type)),
    );
  });

  it('through DOCX', async () => {
    const bytes = await exportDocx(preparePublication(source));
    const { content, report } = await reimport('protocol.docx', bytes);
    expect(comparableContent(content)).toEqual(expected);
    expect(report.notes).toEqual([]);
  });

  it('through Markdown', async () => {
    const text = exportMarkdown(preparePublication(source));
    const { content, report } = await reimport('protocol.md', new TextEncoder().encode(text));
    expect(comparableContent(content)).toEqual(expected);
    expect(report.notes).toEqual([]);
  });
});
