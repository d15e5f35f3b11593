import type * as Y from 'yjs';
import { exportDocument } from '../../shared/document/exportJson.ts';
import { titleText } from '../../shared/document/docFields.ts';
import {
  EXPORT_FORMATS,
  exportFileName,
  type ExportFormat,
} from '../../shared/publish/exportFormats.ts';
import { preparePublication } from '../../shared/publish/preparePublication.ts';
import { documentSignoff } from '../../shared/versions/signoff/documentSignoff.ts';
import { database } from '../session/database.ts';
import { storedRelayKeys } from '../signoff/storedRelayKeys.ts';

/** An export ready to save. */
export interface BuiltExport {
  blob: Blob;
  fileName: string;
}

/**
 * Builds an export from the document on this device, so it works offline. The Word and
 * PDF libraries load only when first asked for, keeping them out of the editor's bundle.
 */
export async function buildExport(
  docId: string,
  doc: Y.Doc,
  format: ExportFormat,
): Promise<BuiltExport> {
  const fileName = exportFileName(titleText(doc).toString(), format);
  const type = EXPORT_FORMATS[format].mime;
  if (format === 'json') {
    return {
      blob: new Blob([JSON.stringify(exportDocument(docId, doc), null, 2)], { type }),
      fileName,
    };
  }
  // The status states the sign-off, checked against the relay keys kept on this device.
  const keys = await storedRelayKeys(database());
  const publication = preparePublication(doc, await documentSignoff(doc, docId, keys));
  if (format === 'docx') {
    const { exportDocx } = await import('../../shared/publish/exportDocx.ts');
    return { blob: new Blob([await exportDocx(publication)], { type }), fileName };
  }
  if (format === 'pdf') {
    const [{ pdfDefinition }, { renderPdfInBrowser }] = await Promise.all([
      import('../../shared/publish/pdfDefinition.ts'),
      import('./renderPdfInBrowser.ts'),
    ]);
    return { blob: await renderPdfInBrowser(pdfDefinition(publication)), fileName };
  }
  const { exportMarkdown } = await import('../../shared/publish/exportMarkdown.ts');
  const { exportHtml } = await import('../../shared/publish/exportHtml.ts');
  const text = format === 'md' ? exportMarkdown(publication) : exportHtml(publication);
  return { blob: new Blob([text], { type }), fileName };
}

/** Saves a blob as a download. */
export function saveFile({ blob, fileName }: BuiltExport): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
