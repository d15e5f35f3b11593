import type * as Y from 'yjs';
import type { Partnership } from '../register/Partnership.ts';
import { readContent, type BlockContent } from './readContent.ts';

/** Version of the JSON export shape; bumped on any incompatible change. */
export const EXPORT_FORMAT_VERSION = 2;

/**
 * The JSON export of a document (documented in ARCHITECTURE.md). `content` is a
 * ProseMirror document in the shape `Node.toJSON()` produces; block nodes in it carry
 * `attrs.blockId`, whose data is in `blocks`. Partnerships are referred to by id.
 */
export interface DocumentExport {
  format: 'protocol-document';
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  id: string;
  title: string;
  content: Record<string, unknown>;
  partnerships: Partnership[];
  blocks: BlockContent[];
}

/**
 * Builds the JSON export of a Y.Doc from the shared schema. A signed version has its own
 * export with its signatures (see versions/signoff/signedVersionFile.ts).
 */
export function exportDocument(id: string, doc: Y.Doc): DocumentExport {
  const { title, body, partnerships, blocks } = readContent(doc);
  return {
    format: 'protocol-document',
    formatVersion: EXPORT_FORMAT_VERSION,
    id,
    title,
    content: body,
    partnerships,
    blocks,
  };
}
