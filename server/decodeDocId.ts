import { isValidDocId } from '../shared/protocol/docId.ts';

/**
 * Decodes one raw URL path segment into a document id, or `undefined` when it is not
 * a valid id. Percent-escapes are decoded exactly once and the result must pass
 * `isValidDocId`, so `..%2F`, `%00`, broken escapes, empty and over-long ids all fail.
 */
export function decodeDocId(rawSegment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawSegment);
  } catch {
    return undefined;
  }
  return isValidDocId(decoded) ? decoded : undefined;
}

/** The path of a raw request URL, without query string or fragment, not normalised. */
export function rawPathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}
