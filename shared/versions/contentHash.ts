import type { DocumentContent } from '../document/readContent.ts';
import { canonicalJson, sha256Hex } from './canonicalJson.ts';

/** What a content hash covers: every part of the document a reader sees, nothing of Yjs. */
export interface HashedContent {
  hashVersion: 2;
  title: string;
  body: Record<string, unknown>;
  partnerships: DocumentContent['partnerships'];
  blocks: DocumentContent['blocks'];
}

/** A paragraph with nothing in it and nothing set on it. */
function isEmptyParagraph(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const { type, content, attrs } = node as { type?: unknown; content?: unknown[]; attrs?: unknown };
  const set = Object.values((attrs ?? {}) as Record<string, unknown>).some(
    (value) => value !== null && value !== false && value !== undefined,
  );
  return type === 'paragraph' && (content ?? []).length === 0 && !set;
}

/**
 * The body without the empty paragraphs at its end: an editor adds one after a final block
 * (so the caret can get below it) whenever it first edits, which changes nothing a reader sees.
 */
function withoutTrailingEmptyParagraphs(body: Record<string, unknown>): Record<string, unknown> {
  const content = Array.isArray(body.content) ? [...(body.content as unknown[])] : undefined;
  if (!content) return body;
  while (content.length > 0 && isEmptyParagraph(content.at(-1))) content.pop();
  return { ...body, content };
}

/** The exact object that is hashed for a document's content. */
export function hashedContent(content: DocumentContent): HashedContent {
  return {
    hashVersion: 2,
    title: content.title,
    body: withoutTrailingEmptyParagraphs(content.body),
    partnerships: content.partnerships,
    blocks: content.blocks,
  };
}

/** SHA-256 (hex) of the canonical serialization of a document's content. */
export function contentHash(content: DocumentContent): Promise<string> {
  return sha256Hex(canonicalJson(hashedContent(content)));
}
