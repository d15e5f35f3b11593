import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { DOC_PAGE_PATH } from '../../shared/protocol/paths.ts';
import { decodeDocId } from '../decodeDocId.ts';
import { contentTypeOf } from './contentTypeOf.ts';
import { errorPage } from './errorPage.ts';
import { resolveStaticPath } from './resolveStaticPath.ts';
import { BASE_SECURITY_HEADERS, HTML_SECURITY_HEADERS } from './securityHeaders.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves one request for a path outside the API. */
export type StaticHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
) => Promise<void>;

/**
 * Serves the built client from `staticDir`: `/` and `/d/<docId>` get index.html (the SPA),
 * `/assets/*` is cached as immutable, `/sw.js` and everything else must be revalidated.
 * Paths never leave `staticDir`; an invalid document link gets a 400 page.
 */
export function createStaticHandler(staticDir: string): StaticHandler {
  return async (request, response, path) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...BASE_SECURITY_HEADERS, Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    if (path === '/') return serveIndex(staticDir, request, response);
    if (path === DOC_PAGE_PATH || path.startsWith(`${DOC_PAGE_PATH}/`)) {
      if (decodeDocId(path.slice(DOC_PAGE_PATH.length + 1)) !== undefined) {
        return serveIndex(staticDir, request, response);
      }
      const page = errorPage(
        'Document not found',
        'This link is not a valid document address. Check that it was copied completely.',
      );
      return sendHtml(request, response, 400, page);
    }
    const file = resolveStaticPath(staticDir, path);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) {
      response.writeHead(404, {
        ...BASE_SECURITY_HEADERS,
        'Content-Type': 'text/plain; charset=utf-8',
      });
      response.end(request.method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      ...(contentTypeOf(file).startsWith('text/html')
        ? HTML_SECURITY_HEADERS
        : BASE_SECURITY_HEADERS),
      'Content-Type': contentTypeOf(file),
      'Content-Length': body.byteLength,
      'Cache-Control': path.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

async function serveIndex(
  staticDir: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const html = await readFile(join(staticDir, 'index.html'), 'utf8').catch(() => undefined);
  if (html === undefined) {
    const page = errorPage('Client not built', 'client not built: run npm run build');
    return sendHtml(request, response, 503, page);
  }
  sendHtml(request, response, 200, html);
}

function sendHtml(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  html: string,
): void {
  response.writeHead(status, {
    ...HTML_SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}
