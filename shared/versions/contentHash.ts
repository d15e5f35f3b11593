import type { DocumentContent } from '../document/readContent.ts';
import { canonicalJson, sha256Hex } from './canonicalJson.ts';

/** What a content hash covers: every part of the document a reader sees, nothing of Yjs. */
export interface HashedContent {
  hashVersion: 1;
  title: string;
  body: Record<string, unknown>;
  partnerships: DocumentContent['partnerships'];
  blocks: DocumentContent['blocks'];
}

/** The exact object that is hashed for a document's content. */
export function hashedContent(content: DocumentContent): HashedContent {
  return {
    hashVersion: 1,
    title: content.title,
    body: content.body,
    partnerships: content.partnerships,
    blocks: content.blocks,
  };
}

/** SHA-256 (hex) of the canonical serialization of a document's content. */
export function contentHash(content: DocumentContent): Promise<string> {
  return sha256Hex(canonicalJson(hashedContent(content)));
}
