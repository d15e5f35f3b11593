import type * as Y from 'yjs';
import type { DocumentHeaderData } from '../blocks/documentHeader/documentHeader.ts';
import { readContent, type DocumentContent } from '../document/readContent.ts';
import { protocolSchema } from '../schema.ts';
import type { SignoffState } from '../versions/signoff/signoffState.ts';
import { readVersions, type VersionRecord } from '../versions/versionStore.ts';
import { blockTables } from './blockTables.ts';
import { bodyBlocks } from './bodyBlocks.ts';
import { documentStatus } from './documentStatus.ts';
import type { Publication, PublicationInfo } from './Publication.ts';

/** Title, version, status and review date for a published copy's header or footer. */
export function publicationInfo(
  content: DocumentContent,
  versions: VersionRecord[],
  signoff?: SignoffState,
): PublicationInfo {
  const header = content.blocks.find((b) => b.type === 'documentHeader')?.data as
    DocumentHeaderData | undefined;
  return {
    title: content.title.trim() || 'Untitled protocol',
    version: versions.at(-1)?.label ?? header?.version ?? '',
    status: documentStatus(content, signoff),
    reviewDate: header?.reviewDate ?? '',
  };
}

/** A document's content, ready for any exporter. */
export function publishContent(
  content: DocumentContent,
  versions: VersionRecord[],
  signoff?: SignoffState,
): Publication {
  const byId = new Map(content.blocks.map((b) => [b.id, b]));
  const context = { partnerships: content.partnerships, versions };
  const root = protocolSchema().nodeFromJSON(content.body);
  return {
    info: publicationInfo(content, versions, signoff),
    blocks: bodyBlocks(root, (blockId) => {
      const block = byId.get(blockId);
      return block ? blockTables(block, context) : [];
    }),
  };
}

/** A Y.Doc, ready for any exporter; `signoff` (see documentSignoff) decides its status. */
export function preparePublication(doc: Y.Doc, signoff?: SignoffState): Publication {
  return publishContent(readContent(doc), readVersions(doc), signoff);
}
