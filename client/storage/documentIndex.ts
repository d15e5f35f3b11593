/** The document index and the operations on stored documents that need no open Y.Doc. */
export { deleteLocalDocument } from './deleteLocalDocument.ts';
export type { DocumentRow } from './DocumentRow.ts';
export { listDocuments } from './listDocuments.ts';
export { markSynced } from './markSynced.ts';
export { markUnsynced } from './markUnsynced.ts';
