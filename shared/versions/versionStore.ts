import * as Y from 'yjs';
import { readText } from '../blocks/core/fields.ts';
import { newId } from '../blocks/core/newId.ts';
import { addRecord, listIds, rootList, type RecordList } from '../blocks/core/RecordList.ts';

/** A named version as plain data. */
export interface VersionRecord {
  id: string;
  label: string;
  author: string;
  rationale: string;
  /** ISO date-time. */
  createdAt: string;
  /** SHA-256 of the version's canonical content (see contentHash). */
  contentHash: string;
  /** ISO date-time it was proposed for sign-off; '' when it was not. */
  proposedAt: string;
}

/** Named versions live in the document itself, so they sync and work offline like text. */
export function versionList(doc: Y.Doc): RecordList {
  return rootList(doc, 'versions');
}

/** What saving a version records besides the snapshot. */
export type VersionInit = Omit<VersionRecord, 'id' | 'proposedAt'>;

/**
 * Records a named version of the document as it is now: a Yjs snapshot (state vector and
 * delete set), which with garbage collection off rebuilds the exact content later.
 * The snapshot is taken before the record is added, so it never contains itself.
 */
export function saveVersion(doc: Y.Doc, init: VersionInit): string {
  const snapshot = Y.encodeSnapshot(Y.snapshot(doc));
  const id = newId('v');
  doc.transact(() => {
    addRecord(versionList(doc), id, {
      label: init.label,
      author: init.author,
      rationale: init.rationale,
      createdAt: init.createdAt,
      contentHash: init.contentHash,
    });
    versionList(doc).items.get(id)!.set('snapshot', snapshot);
  });
  return id;
}

/** Every named version, oldest first. */
export function readVersions(doc: Y.Doc): VersionRecord[] {
  const list = versionList(doc);
  return listIds(list).map((id) => {
    const map = list.items.get(id)!;
    return {
      id,
      label: readText(map, 'label'),
      author: readText(map, 'author'),
      rationale: readText(map, 'rationale'),
      createdAt: readText(map, 'createdAt'),
      contentHash: readText(map, 'contentHash'),
      proposedAt: readText(map, 'proposedAt'),
    };
  });
}

/** The document exactly as it was at a named version (a new, separate Y.Doc). */
export function versionDoc(doc: Y.Doc, versionId: string): Y.Doc | undefined {
  const snapshot = versionList(doc).items.get(versionId)?.get('snapshot');
  if (!(snapshot instanceof Uint8Array)) return undefined;
  const old = new Y.Doc({ gc: false });
  // createDocFromSnapshot needs the target doc to have gc off too; it returns a fresh doc.
  const rebuilt = Y.createDocFromSnapshot(doc, Y.decodeSnapshot(snapshot), old);
  return rebuilt;
}
