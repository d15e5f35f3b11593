/** The local index entry the document list shows for one document. */
export interface DocumentRow {
  id: string;
  title: string;
  /** The header's review date (YYYY-MM-DD), '' or absent when not set. */
  reviewDate?: string;
  createdAt: number;
  /** Last local edit, in ms since the epoch. */
  updatedAt: number;
  /** 1 while this device holds changes the relay has not confirmed (0/1 so it can be indexed). */
  unsynced: 0 | 1;
  /** Set when the document was deleted; such rows are hidden from the list. */
  deletedAt?: number;
}
