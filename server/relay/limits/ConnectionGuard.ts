import type { RawData } from 'ws';
import { errorMessage, log } from '../../log.ts';
import { countFrameIn } from '../../metrics/relayMetrics.ts';
import type { Connection } from '../Connection.ts';
import { ConnectionCounts } from './ConnectionCounts.ts';
import { RateLimiter } from './RateLimiter.ts';
import type { RelayLimits } from './RelayLimits.ts';
import { rejectConnection } from './rejectConnection.ts';

/** The error code `ws` gives a frame over `maxPayload`; it has already sent close 1009. */
const TOO_BIG = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';

/**
 * The relay's per-connection limits. `admit` runs once per socket before its room is
 * loaded: it refuses the connection over the connection limits, and otherwise watches its
 * frames for the rate limit and oversized frames (which `ws` stops reading at the header,
 * via `maxPayload`, so they are never buffered whole) and counts them in the metrics.
 */
export class ConnectionGuard {
  private readonly counts: ConnectionCounts;

  constructor(private readonly limits: RelayLimits) {
    this.counts = new ConnectionCounts(limits.maxConnectionsPerDocument, limits.maxConnections);
  }

  /**
   * Admits `connection` to `docId`, or rejects it with `tooManyConnections` and returns
   * false. Must be called before the relay adds its own 'message' listener: a frame over
   * the rate limit then marks the connection rejected before the relay dispatches it.
   */
  admit(connection: Connection, docId: string): boolean {
    const refusedBy = this.counts.tryAdd(docId);
    if (refusedBy) {
      rejectConnection(connection, 'too-many-connections', { docId, limit: refusedBy });
      return false;
    }
    const { socket } = connection;
    const limiter = new RateLimiter(this.limits);
    socket.on('message', (data: RawData) => {
      const byteLength = sizeOf(data);
      countFrameIn(firstByteOf(data), byteLength);
      if (!connection.rejected && !limiter.allow(byteLength)) {
        rejectConnection(connection, 'rate-limited', { docId });
      }
    });
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === TOO_BIG) {
        rejectConnection(connection, 'too-big', { docId, limit: this.limits.maxMessageBytes });
      } else {
        log('warn', 'socket-error', {
          docId,
          connectionId: connection.id,
          error: errorMessage(error),
        });
      }
    });
    socket.once('close', () => this.counts.remove(docId));
    return true;
  }
}

function sizeOf(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  return data.byteLength;
}

function firstByteOf(data: RawData): number | undefined {
  if (Array.isArray(data)) return data.find((chunk) => chunk.byteLength > 0)?.[0];
  return data instanceof ArrayBuffer ? new Uint8Array(data)[0] : data[0];
}
