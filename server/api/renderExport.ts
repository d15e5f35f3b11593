import type * as Y from 'yjs';
import { exportDocument } from '../../shared/document/exportJson.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { exportDocx } from '../../shared/publish/exportDocx.ts';
import { exportFileName, type ExportFormat } from '../../shared/publish/exportFormats.ts';
import { exportHtml } from '../../shared/publish/exportHtml.ts';
import { exportMarkdown } from '../../shared/publish/exportMarkdown.ts';
import { pdfDefinition } from '../../shared/publish/pdfDefinition.ts';
import { preparePublication } from '../../shared/publish/preparePublication.ts';
import { renderPdf } from './renderPdf.ts';

/** An exported file: its bytes and the name to save it under. */
export interface RenderedExport {
  bytes: Uint8Array;
  fileName: string;
}

const encoder = new TextEncoder();

/** A document in one export format (the API and the export CLI share this). */
export async function renderExport(
  docId: string,
  doc: Y.Doc,
  format: ExportFormat,
): Promise<RenderedExport> {
  const fileName = exportFileName(titleText(doc).toString(), format);
  if (format === 'json') {
    return { bytes: encoder.encode(JSON.stringify(exportDocument(docId, doc))), fileName };
  }
  const publication = preparePublication(doc);
  const bytes =
    format === 'docx'
      ? await exportDocx(publication)
      : format === 'pdf'
        ? await renderPdf(pdfDefinition(publication))
        : encoder.encode(format === 'md' ? exportMarkdown(publication) : exportHtml(publication));
  return { bytes, fileName };
}
