import type * as Y from 'yjs';
import { readContent } from '../../document/readContent.ts';
import { contentHash } from '../contentHash.ts';
import { readVersions, type VersionRecord } from '../versionStore.ts';
import { versionContent } from './versionContent.ts';
import type { PublicKeyJwk } from './signoffRecord.ts';
import { signoffState, type SignoffState } from './signoffState.ts';
import { readSignoffs } from './signoffStore.ts';
import { verifySignoff } from './verifySignoff.ts';

/** The version whose sign-off the document shows: the latest one proposed, if any. */
export function signoffVersion(doc: Y.Doc): VersionRecord | undefined {
  return readVersions(doc)
    .filter((version) => version.proposedAt !== '')
    .at(-1);
}

/**
 * Where the document's sign-off stands: every record is verified against the version's
 * content as rebuilt from its snapshot (never against the hash the version record states,
 * which anyone who can edit could change). `undefined` when no version was proposed.
 */
export async function documentSignoff(
  doc: Y.Doc,
  docId: string,
  relayKeys: ReadonlyMap<string, PublicKeyJwk>,
): Promise<SignoffState | undefined> {
  const version = signoffVersion(doc);
  if (!version) return undefined;
  const signed = await versionContent(doc, version.id);
  if (!signed) return undefined;
  const actual = { id: version.id, label: version.label, contentHash: signed.hash };
  const checked = await Promise.all(
    readSignoffs(doc).map(async (record) => ({
      record,
      verdict: await verifySignoff(record, { docId, version: actual, relayKeys }),
    })),
  );
  return signoffState({
    version: actual,
    partnerships: signed.partnerships,
    checked,
    currentHash: await contentHash(readContent(doc)),
  });
}
