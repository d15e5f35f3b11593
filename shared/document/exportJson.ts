import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { protocolSchema } from '../schema.ts';
import { bodyFragment, titleText } from './docFields.ts';

/** Version of the JSON export shape; bumped on any incompatible change. */
export const EXPORT_FORMAT_VERSION = 1;

/**
 * The JSON export of a document (documented in ARCHITECTURE.md).
 * `content` is a ProseMirror document in the shape `Node.toJSON()` produces.
 */
export interface DocumentExport {
  format: 'protocol-document';
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  id: string;
  title: string;
  content: Record<string, unknown>;
}

/** Builds the JSON export of a Y.Doc from the shared schema. */
export function exportDocument(id: string, doc: Y.Doc): DocumentExport {
  const root = yXmlFragmentToProseMirrorRootNode(bodyFragment(doc), protocolSchema());
  return {
    format: 'protocol-document',
    formatVersion: EXPORT_FORMAT_VERSION,
    id,
    title: titleText(doc).toString(),
    content: root.toJSON() as Record<string, unknown>,
  };
}
