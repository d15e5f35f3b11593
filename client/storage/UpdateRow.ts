/** One stored Yjs update (or a merge of several) of one document. */
export interface UpdateRow {
  /** Auto-incremented key; rows of a document apply in this order. */
  seq?: number;
  docId: string;
  update: Uint8Array;
}
