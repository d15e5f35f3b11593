import type * as Y from 'yjs';
import { readContent } from '../../document/readContent.ts';
import type { Partnership } from '../../register/Partnership.ts';
import { contentHash } from '../contentHash.ts';
import { versionDoc, versionList } from '../versionStore.ts';

/** A named version's content as rebuilt from its snapshot: its hash and its register. */
export interface VersionContent {
  snapshot: Uint8Array;
  hash: string;
  partnerships: Partnership[];
}

/** Rebuilding a version is the costly part; a snapshot never changes, so it is done once. */
const rebuilt = new WeakMap<Y.Doc, Map<string, VersionContent>>();

/**
 * The content of a named version, rebuilt from its snapshot and hashed (never the hash its
 * record states, which anyone who can edit could change); undefined when it cannot be rebuilt.
 */
export async function versionContent(
  doc: Y.Doc,
  versionId: string,
): Promise<VersionContent | undefined> {
  const snapshot = versionList(doc).items.get(versionId)?.get('snapshot');
  if (!(snapshot instanceof Uint8Array)) return undefined;
  const known = rebuilt.get(doc)?.get(versionId);
  if (known?.snapshot === snapshot) return known;
  const old = versionDoc(doc, versionId);
  if (!old) return undefined;
  try {
    const content = readContent(old);
    const result = {
      snapshot,
      hash: await contentHash(content),
      partnerships: content.partnerships,
    };
    const forDoc = rebuilt.get(doc) ?? new Map<string, VersionContent>();
    forDoc.set(versionId, result);
    rebuilt.set(doc, forDoc);
    return result;
  } finally {
    old.destroy();
  }
}
