import { describe, expect, it } from 'vitest';
import { mergeDocumentLists } from './mergeDocumentLists.ts';

describe('mergeDocumentLists', () => {
  it('marks documents with unconfirmed device changes as unsynced and keeps their title', () => {
    const rows = mergeDocumentLists(
      [{ id: 'doc-a', title: 'Local title', reviewDate: '2027-01-01', updatedAt: 10, unsynced: 1 }],
      [{ id: 'doc-a', title: 'Relay title', reviewDate: '2026-01-01', updatedAt: 20 }],
    );
    expect(rows).toEqual([
      {
        id: 'doc-a',
        title: 'Local title',
        reviewDate: '2027-01-01',
        updatedAt: 10,
        sync: 'unsynced',
        onDevice: true,
      },
    ]);
  });

  it('takes the newer relay review date for a synced document, and none when absent', () => {
    const rows = mergeDocumentLists(
      [
        { id: 'doc-a', title: 'A', reviewDate: '2026-01-01', updatedAt: 10, unsynced: 0 },
        { id: 'doc-b', title: 'B', updatedAt: 5, unsynced: 0 },
      ],
      [{ id: 'doc-a', title: 'A', reviewDate: '2027-03-31', updatedAt: 20 }],
    );
    expect(rows.map((r) => [r.id, r.reviewDate])).toEqual([
      ['doc-a', '2027-03-31'],
      ['doc-b', ''],
    ]);
  });

  it('takes the newer relay title for a synced document', () => {
    const rows = mergeDocumentLists(
      [{ id: 'doc-a', title: 'Old', updatedAt: 10, unsynced: 0 }],
      [{ id: 'doc-a', title: 'Renamed elsewhere', updatedAt: 20 }],
    );
    expect(rows[0]).toMatchObject({ title: 'Renamed elsewhere', sync: 'synced', updatedAt: 20 });
  });

  it('lists relay-only and device-only documents, newest first', () => {
    const rows = mergeDocumentLists(
      [{ id: 'mine', title: 'Mine', updatedAt: 5, unsynced: 0 }],
      [{ id: 'theirs', title: 'Theirs', updatedAt: 7 }],
    );
    expect(rows.map((r) => [r.id, r.sync])).toEqual([
      ['theirs', 'relay-only'],
      ['mine', 'device-only'],
    ]);
  });

  it('treats a device document as synced while the relay cannot be reached', () => {
    const rows = mergeDocumentLists(
      [{ id: 'x1x', title: 'X', updatedAt: 1, unsynced: 0 }],
      undefined,
    );
    expect(rows[0]?.sync).toBe('synced');
  });

  it('hides documents being deleted', () => {
    const rows = mergeDocumentLists(
      [{ id: 'gone', title: 'Gone', updatedAt: 1, unsynced: 0 }],
      [{ id: 'gone', title: 'Gone', updatedAt: 1 }],
      new Set(['gone']),
    );
    expect(rows).toEqual([]);
  });
});
