import type { ServerResponse } from 'node:http';
import { BASE_SECURITY_HEADERS } from '../http/securityHeaders.ts';
import { Gauge } from '../metrics/Gauge.ts';
import { relayMetrics } from '../metrics/relayMetrics.ts';
import { METRICS_CONTENT_TYPE, renderMetrics } from '../metrics/renderMetrics.ts';
import type { Rooms } from '../relay/Rooms.ts';

/**
 * Answers `GET /metrics` (public, like /healthz) in the Prometheus text format: the
 * process-wide relay metrics plus this server's rooms, counted the way /healthz counts them.
 */
export function metricsRoute(response: ServerResponse, sources: { rooms: Rooms }): void {
  const { rooms } = sources;
  const body = renderMetrics([
    new Gauge(
      'relay_connections',
      'WebSocket connections joined to a room.',
      () => rooms.connectionCount,
    ).collect(),
    new Gauge(
      'relay_documents_loaded',
      'Documents held in memory.',
      () => rooms.loadedCount,
    ).collect(),
    ...relayMetrics.collect(),
  ]);
  response.writeHead(200, {
    ...BASE_SECURITY_HEADERS,
    'Content-Type': METRICS_CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
