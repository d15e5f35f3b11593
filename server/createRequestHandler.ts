import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ApiHandler } from './api/createApiHandler.ts';
import { sendJsonError } from './api/sendJson.ts';
import type { StaticHandler } from './http/createStaticHandler.ts';
import { rawPathOf } from './decodeDocId.ts';
import { errorMessage, log } from './log.ts';

/**
 * The http server's request listener: the API first, then static files. An unexpected
 * error is logged and answered with a bare 500, never with its details.
 */
export function createRequestHandler(api: ApiHandler, files: StaticHandler): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = rawPathOf(request.url);
    const handle = async () => {
      if (!(await api(request, response, path))) await files(request, response, path);
    };
    handle().catch((error: unknown) => {
      log('error', 'request-failed', { method: request.method, path, error: errorMessage(error) });
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJsonError(response, 500, 'internal-error', 'Something went wrong on the relay.');
    });
  };
}
