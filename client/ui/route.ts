import { isValidDocId } from '../../shared/protocol/docId.ts';
import { DOC_PAGE_PATH } from '../../shared/protocol/paths.ts';

/** The page a path shows. */
export type Route =
  | { page: 'list' }
  | { page: 'document'; docId: string }
  | { page: 'invalid-document'; raw: string }
  | { page: 'not-found' };

/** Maps a URL path to a page; a malformed document id is its own page, never a lookup. */
export function route(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'list' };
  const prefix = `${DOC_PAGE_PATH}/`;
  if (pathname.startsWith(prefix)) {
    const raw = pathname.slice(prefix.length);
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return { page: 'invalid-document', raw };
    }
    return isValidDocId(decoded)
      ? { page: 'document', docId: decoded }
      : { page: 'invalid-document', raw: decoded };
  }
  return { page: 'not-found' };
}
