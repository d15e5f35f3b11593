import type { IncomingMessage } from 'node:http';

/** The outcome of `readBodyBytes`. */
export type BodyBytes =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; status: 400 | 413; code: 'invalid-body' | 'payload-too-large'; message: string };

/**
 * Reads a request body of at most `limitBytes`. Stops reading as soon as the limit is
 * passed (or at once when Content-Length says so); the caller then answers 413 with
 * `Connection: close`, so the rest of an oversized upload is never read.
 */
export function readBodyBytes(
  request: IncomingMessage,
  limitBytes: number,
  tooLargeMessage = `The request body must be at most ${limitBytes} bytes.`,
): Promise<BodyBytes> {
  const tooLarge: BodyBytes = {
    ok: false,
    status: 413,
    code: 'payload-too-large',
    message: tooLargeMessage,
  };
  if (Number(request.headers['content-length'] ?? 0) > limitBytes) {
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: BodyBytes) => {
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
    const onEnd = () => stop({ ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) });
    request.on('data', onData);
    request.on('end', onEnd);
    request.once('error', () =>
      stop({
        ok: false,
        status: 400,
        code: 'invalid-body',
        message: 'The request body could not be read.',
      }),
    );
  });
}
