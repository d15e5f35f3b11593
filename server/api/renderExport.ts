import type * as Y from 'yjs';
import { exportDocument } from '../../shared/document/exportJson.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { exportDocx } from '../../shared/publish/exportDocx.ts';
import { exportFileName, type ExportFormat } from '../../shared/publish/exportFormats.ts';
import { exportHtml } from '../../shared/publish/exportHtml.ts';
import { exportMarkdown } from '../../shared/publish/exportMarkdown.ts';
import { pdfDefinition } from '../../shared/publish/pdfDefinition.ts';
import { preparePublication } from '../../shared/publish/preparePublication.ts';
import { documentSignoff } from '../../shared/versions/signoff/documentSignoff.ts';
import {
  signedVersionFile,
  signedVersionFileName,
} from '../../shared/versions/signoff/signedVersionFile.ts';
import { readVersions } from '../../shared/versions/versionStore.ts';
import type { RelayKey } from '../signing/relayKey.ts';
import { renderPdf } from './renderPdf.ts';

/** An exported file: its bytes and the name to save it under. */
export interface RenderedExport {
  bytes: Uint8Array;
  fileName: string;
}

const encoder = new TextEncoder();

/**
 * A document in one export format. Published copies state the sign-off status, checked
 * against this relay's key.
 */
export async function renderExport(
  docId: string,
  doc: Y.Doc,
  format: ExportFormat,
  relayKey: RelayKey,
): Promise<RenderedExport> {
  const fileName = exportFileName(titleText(doc).toString(), format);
  if (format === 'json') {
    return { bytes: encoder.encode(JSON.stringify(exportDocument(docId, doc))), fileName };
  }
  const keys = new Map([[relayKey.fingerprint, relayKey.publicKey]]);
  const publication = preparePublication(doc, await documentSignoff(doc, docId, keys));
  const bytes =
    format === 'docx'
      ? await exportDocx(publication)
      : format === 'pdf'
        ? await renderPdf(pdfDefinition(publication))
        : encoder.encode(format === 'md' ? exportMarkdown(publication) : exportHtml(publication));
  return { bytes, fileName };
}

/**
 * A named version (by id or label) with its content and every signature made for it, the
 * file `npm run verify` checks; undefined when there is no such version.
 */
export async function renderSignedVersion(
  docId: string,
  doc: Y.Doc,
  version: string,
  relayKey: RelayKey,
): Promise<RenderedExport | undefined> {
  const found = readVersions(doc).find((v) => v.id === version || v.label === version);
  const file = found && (await signedVersionFile(doc, docId, found.id, [relayKey.publicKey]));
  if (!found || !file) return undefined;
  return {
    bytes: encoder.encode(JSON.stringify(file, null, 2)),
    fileName: signedVersionFileName(titleText(doc).toString(), found.label),
  };
}
