import type { CloseCodeName } from '../../../shared/protocol/closeCodes.ts';
import { log, type LogFields } from '../../log.ts';
import { countRejection, type RejectionReason } from '../../metrics/relayMetrics.ts';
import type { Connection } from '../Connection.ts';

/** The close code each rejection reason is sent with. */
export const REJECTION_CLOSE_CODES: Record<RejectionReason, CloseCodeName> = {
  malformed: 'malformedMessage',
  'too-big': 'messageTooBig',
  'rate-limited': 'rateLimited',
  'too-many-connections': 'tooManyConnections',
  unauthorized: 'unauthorized',
  'token-expired': 'tokenExpired',
  'access-revoked': 'accessRevoked',
  'wrong-document': 'wrongDocument',
  'read-only': 'readOnly',
};

/** How long a rejected client has to finish the close handshake before it is cut off. */
const TERMINATE_AFTER_MS = 1_000;

/**
 * Rejects a connection under a relay rule: its later frames are ignored, one
 * `connection-rejected` line is logged (reason, connection id, `fields` such as docId —
 * never the request URL, which carries the token), `relay_rejected_total` is counted and
 * the socket is closed with the reason's close code. A client that keeps sending instead of
 * answering the close is terminated after a second. A second call for the same connection
 * does nothing.
 */
export function rejectConnection(
  connection: Connection,
  reason: RejectionReason,
  fields: LogFields = {},
): void {
  if (connection.rejected) return;
  connection.rejected = true;
  log('warn', 'connection-rejected', { reason, ...fields, connectionId: connection.id });
  countRejection(reason);
  connection.close(REJECTION_CLOSE_CODES[reason]);
  const { socket } = connection;
  const cutOff = setTimeout(() => socket.terminate(), TERMINATE_AFTER_MS).unref();
  socket.once('close', () => clearTimeout(cutOff));
}

/** The rejection reason a close code stands for (for refusals decided elsewhere, e.g. auth). */
export function rejectionReasonFor(code: CloseCodeName): RejectionReason | undefined {
  const entry = Object.entries(REJECTION_CLOSE_CODES).find(([, name]) => name === code);
  return entry?.[0] as RejectionReason | undefined;
}

/** Rejects with the reason behind `code` when it is one; otherwise just closes with it. */
export function rejectWithCode(
  connection: Connection,
  code: CloseCodeName,
  fields: LogFields = {},
): void {
  const reason = rejectionReasonFor(code);
  if (reason) rejectConnection(connection, reason, fields);
  else connection.close(code);
}
