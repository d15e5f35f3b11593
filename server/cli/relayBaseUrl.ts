import type { ServerConfig } from '../config.ts';

/** The relay's own address from its configuration, for links and for CLIs that call it. */
export function relayBaseUrl(config: ServerConfig): string {
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}
