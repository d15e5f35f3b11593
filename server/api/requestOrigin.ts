import type { IncomingMessage } from 'node:http';

const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the caller reached the relay at, for links it hands out: the relay's scheme
 * (plain http) and the request's Host header, or the socket's local address when the
 * header is missing or not a plain host[:port].
 */
export function requestOrigin(request: IncomingMessage): string {
  const host = request.headers.host;
  if (host && HOST_HEADER.test(host)) return `http://${host}`;
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const address = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return `http://${address}:${localPort}`;
}
