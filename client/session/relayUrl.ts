import { WS_PATH } from '../../shared/protocol/paths.ts';

/** The relay's WebSocket base URL: same origin as the page that served the app. */
export function relayUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${WS_PATH}`;
}
