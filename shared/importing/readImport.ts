import type * as Y from 'yjs';
import { applyTemplate } from '../templates/applyTemplate.ts';
import { checkImportFile, decodeText, ImportError } from './checkImportFile.ts';
import { docxToHtml } from './docxToHtml.ts';
import { htmlToSource } from './htmlToSource.ts';
import type { ImportStage } from './importStages.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { parseText } from './parseText.ts';
import { planImport, type ImportPlan } from './planImport.ts';
import { sourceText, type SourceDocument } from './SourceModel.ts';

async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  let converted;
  try {
    converted = await docxToHtml(bytes);
  } catch {
    throw new ImportError('unreadable', 'This Word document could not be read: it may be damaged.');
  }
  const blocks = htmlToSource(converted.html);
  const first = blocks[0];
  let title = '';
  if (converted.html.startsWith('<h1 class="title">') && first?.kind === 'heading') {
    title = sourceText(first.inlines);
    blocks.shift();
  }
  const notes = converted.warnings.map((w) => `Word: ${w}`);
  return { title, blocks, notes };
}

/**
 * Checks and reads a file (.docx, .md or .txt) and plans the document it becomes, saying
 * which stage it is at. Throws an ImportError for a file it refuses; creates nothing.
 */
export async function readImport(
  fileName: string,
  bytes: Uint8Array,
  onStage: (stage: ImportStage) => void = () => undefined,
): Promise<ImportPlan> {
  const format = checkImportFile(fileName, bytes);
  onStage('reading');
  const source =
    format === 'docx'
      ? await readDocx(bytes)
      : format === 'md'
        ? parseMarkdown(decodeText(bytes))
        : parseText(decodeText(bytes));
  onStage('recognising');
  // Let a progress bar paint between the stages of a long import.
  await Promise.resolve();
  return planImport(source, fileName);
}

/** Fills a new, empty document with what an import planned. */
export function createImportedDoc(doc: Y.Doc, plan: ImportPlan): void {
  applyTemplate(doc, plan.spec);
}
