import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { CloseCodeName } from '../../shared/protocol/closeCodes.ts';
import type { RelayAccess } from '../auth/relayAccess.ts';
import { errorMessage, log } from '../log.ts';
import { Connection, frameBytes } from './Connection.ts';
import { keepalive } from './keepalive.ts';
import { ConnectionGuard } from './limits/ConnectionGuard.ts';
import { rejectConnection, rejectWithCode } from './limits/rejectConnection.ts';
import { DEFAULT_RELAY_LIMITS, type RelayLimits } from './limits/RelayLimits.ts';
import { handleRelayMessage } from './relayMessageHandlers.ts';
import type { Room } from './Room.ts';
import type { Rooms } from './Rooms.ts';
import { roomFromUpgradePath } from './roomFromUpgradePath.ts';

const CLOSE_GRACE_MS = 2_000;
/** Standard "internal error" close code: the document could not be loaded. */
const LOAD_FAILED = { code: 1011, reason: 'load-failed' };

/**
 * The y-websocket relay: accepts upgrades on `${WS_PATH}/<docId>`, joins each socket to its
 * document's room and feeds it that room's frames. A bad frame closes only its own
 * connection; nothing a client sends can throw past this class.
 */
export class Relay {
  private readonly wss: WebSocketServer;
  private readonly guard: ConnectionGuard;
  private readonly connections = new Set<Connection>();
  private readonly stopKeepalive: () => void;
  private closing = false;

  constructor(
    private readonly rooms: Rooms,
    keepaliveIntervalMs: number,
    private readonly access: RelayAccess,
    limits: RelayLimits = DEFAULT_RELAY_LIMITS,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
    this.guard = new ConnectionGuard(limits);
    this.stopKeepalive = keepalive(this.connections, keepaliveIntervalMs);
  }

  /** The http server's `upgrade` listener. */
  readonly handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const target = roomFromUpgradePath(request.url);
    if (target.kind === 'outside') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new Connection(ws);
      if (this.closing) connection.close('shuttingDown');
      else if (target.kind === 'invalid-doc-id') connection.close('invalidDocumentId');
      else {
        // Refused before the room is loaded: a refused socket never touches storage.
        const refusal = this.access.admit(connection, request.url, target.docId);
        if (refusal) rejectWithCode(connection, refusal, { docId: target.docId });
        else if (this.guard.admit(connection, target.docId)) {
          void this.accept(connection, target.docId);
        }
      }
    });
  };

  /** Closes every socket with `shuttingDown`, terminating those that do not finish in time. */
  async close(): Promise<void> {
    this.closing = true;
    this.stopKeepalive();
    const closed = [...this.connections].map(
      (connection) =>
        new Promise<void>((resolve) => {
          connection.socket.once('close', () => resolve());
          connection.close('shuttingDown');
          setTimeout(() => connection.socket.terminate(), CLOSE_GRACE_MS).unref();
        }),
    );
    await Promise.all(closed);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private async accept(connection: Connection, docId: string): Promise<void> {
    const ws = connection.socket;
    this.connections.add(connection);
    let room: Room | undefined = undefined;
    const queued: Uint8Array[] = [];
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return this.reject(connection, docId, 'text frame');
      const bytes = frameBytes(data);
      if (room) this.dispatch(room, connection, bytes);
      else queued.push(bytes);
    });
    ws.on('close', () => {
      this.connections.delete(connection);
      if (room) this.rooms.leave(room, connection);
    });
    let joined: Room | CloseCodeName | undefined;
    try {
      joined = await this.rooms.join(docId, connection);
    } catch (error) {
      log('error', 'document-load-failed', { docId, error: errorMessage(error) });
      ws.close(LOAD_FAILED.code, LOAD_FAILED.reason);
      return;
    }
    if (typeof joined === 'string') connection.close(joined);
    if (typeof joined !== 'object') return;
    room = joined;
    for (const bytes of queued) this.dispatch(room, connection, bytes);
  }

  /**
   * Handles one frame; an invalid one closes the connection. Frames still arriving while a
   * socket closes for shutdown are applied, so nothing sent before the close is lost.
   */
  private dispatch(room: Room, connection: Connection, bytes: Uint8Array): void {
    if (connection.rejected || room.retiredWith) return;
    try {
      const screened = this.access.screen(room.doc, connection, bytes);
      if (typeof screened === 'string') {
        rejectWithCode(connection, screened, { docId: room.docId });
        return;
      }
      handleRelayMessage(room, connection, screened);
    } catch (error) {
      this.reject(connection, room.docId, errorMessage(error));
    }
  }

  private reject(connection: Connection, docId: string, error: string): void {
    rejectConnection(connection, 'malformed', { docId, error });
  }
}
