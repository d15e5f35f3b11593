import type { IncomingMessage } from 'node:http';

/** The outcome of `readJsonBody`. */
export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413; code: 'invalid-body' | 'payload-too-large'; message: string };

const invalid = (message: string): JsonBody => ({
  ok: false,
  status: 400,
  code: 'invalid-body',
  message,
});

/**
 * Reads a request body of at most `limitBytes` and parses it as JSON. Stops reading as soon
 * as the limit is passed; the caller then answers 413 with `Connection: close`, so the rest
 * of an oversized upload is never read.
 */
export function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<JsonBody> {
  const tooLarge: JsonBody = {
    ok: false,
    status: 413,
    code: 'payload-too-large',
    message: `The request body must be at most ${limitBytes} bytes.`,
  };
  if (Number(request.headers['content-length'] ?? 0) > limitBytes) {
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: JsonBody) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) stop(tooLarge);
      else chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        stop({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        stop(invalid('The request body is not valid JSON.'));
      }
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.once('error', () => stop(invalid('The request body could not be read.')));
  });
}
