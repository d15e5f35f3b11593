import type { ServerResponse } from 'node:http';
import type { PersistenceHealth, PersistenceStatus } from '../relay/PersistenceHealth.ts';
import type { Rooms } from '../relay/Rooms.ts';
import { sendJson } from './sendJson.ts';

/** The body of `GET /healthz`. */
export interface HealthReport {
  status: 'ok';
  uptimeSeconds: number;
  documentsLoaded: number;
  connections: number;
  persistence: PersistenceStatus;
}

/** What the health route reports on. */
export interface HealthSources {
  startedAt: number;
  rooms: Rooms;
  health: PersistenceHealth;
}

/** Answers `GET /healthz`. */
export function healthRoute(response: ServerResponse, sources: HealthSources): void {
  const report: HealthReport = {
    status: 'ok',
    uptimeSeconds: Math.floor((Date.now() - sources.startedAt) / 1000),
    documentsLoaded: sources.rooms.loadedCount,
    connections: sources.rooms.connectionCount,
    persistence: sources.health.status(),
  };
  sendJson(response, 200, report);
}
