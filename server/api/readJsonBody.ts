import type { IncomingMessage } from 'node:http';
import { readBodyBytes } from './readBodyBytes.ts';

/** The outcome of `readJsonBody`. */
export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413; code: 'invalid-body' | 'payload-too-large'; message: string };

/**
 * Reads a request body of at most `limitBytes` and parses it as JSON (see readBodyBytes
 * for how an oversized body is stopped).
 */
export async function readJsonBody(
  request: IncomingMessage,
  limitBytes: number,
): Promise<JsonBody> {
  const body = await readBodyBytes(request, limitBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(Buffer.from(body.bytes).toString('utf8')) as unknown };
  } catch {
    return {
      ok: false,
      status: 400,
      code: 'invalid-body',
      message: 'The request body is not valid JSON.',
    };
  }
}
