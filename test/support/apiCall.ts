import { expect } from 'vitest';

/** A JSON API answer: status and parsed body (`undefined` when there is none). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** Options of `apiCall`. */
export interface ApiCallOptions {
  method?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as JSON (a string is sent as is). */
  body?: unknown;
}

/** Calls `${baseUrl}${path}` and reads the JSON answer. */
export async function apiCall(
  baseUrl: string,
  path: string,
  { method = 'GET', token, body }: ApiCallOptions = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The API's error shape for `code`, with any message. */
export function apiError(status: number, code: string): ApiAnswer {
  return { status, body: { error: { code, message: expect.any(String) } } };
}
