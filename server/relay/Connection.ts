import type { RawData, WebSocket } from 'ws';
import { CloseCodes, type CloseCodeName } from '../../shared/protocol/closeCodes.ts';
import { countFrameOut } from '../metrics/relayMetrics.ts';

let lastConnectionId = 0;

/**
 * One client's WebSocket in a room: sends frames, closes with a named close code, and
 * remembers which awareness client ids it controls so they are removed when it leaves.
 */
export class Connection {
  /** Process-unique id that names the connection in logs. */
  readonly id = ++lastConnectionId;
  /** Awareness client ids announced over this connection. */
  readonly awarenessIds = new Set<number>();
  /** Set when the relay refused a frame; later frames are ignored. */
  rejected = false;
  /** Cleared when a ping is sent, set again by the pong; see `keepalive`. */
  alive = true;

  constructor(readonly socket: WebSocket) {
    socket.on('pong', () => {
      this.alive = true;
    });
    // ws emits 'error' for protocol violations (a bad opcode, an oversized frame) even on a
    // socket being refused; an 'error' nobody listens to would crash the relay.
    socket.on('error', () => undefined);
  }

  /** True while frames can still be sent. */
  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** Sends one binary frame; a failed send closes the socket. */
  send(frame: Uint8Array): void {
    if (!this.open) return;
    countFrameOut(frame);
    this.socket.send(frame, { binary: true }, (error) => {
      if (error) this.socket.terminate();
    });
  }

  /** Closes the socket with one of the shared close codes. */
  close(name: CloseCodeName): void {
    const { code, reason } = CloseCodes[name];
    if (this.socket.readyState === this.socket.CLOSED) return;
    this.socket.close(code, reason);
  }
}

/** The bytes of a `ws` message as one Uint8Array. */
export function frameBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
