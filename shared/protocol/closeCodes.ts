/**
 * WebSocket close codes the relay uses, defined once for relay and client.
 * 4000–4999 is the range RFC 6455 leaves to applications. By y-websocket's convention
 * 4400–4499 are final (the provider does not reconnect) and 4500–4599 mean "try later".
 */
export const CloseCodes = {
  /** The document id in the URL is not a valid id; nothing was opened. */
  invalidDocumentId: { code: 4400, reason: 'invalid-document-id' },
  /** The document was deleted; reconnecting will not bring it back. */
  documentDeleted: { code: 4410, reason: 'document-deleted' },
  /** A frame could not be decoded or had an unknown type. */
  malformedMessage: { code: 4002, reason: 'malformed-message' },
  /** The relay is shutting down; reconnect later. */
  shuttingDown: { code: 1012, reason: 'relay-restarting' },
  /** No token, or one whose signature does not verify. Final: ask for a new link. */
  unauthorized: { code: 4401, reason: 'unauthorized' },
  /** The token's expiry has passed. Final: ask for a new link. */
  tokenExpired: { code: 4402, reason: 'token-expired' },
  /** The link or the person was revoked by the document's owner. Final. */
  accessRevoked: { code: 4403, reason: 'access-revoked' },
  /** The token is for another document. Final. */
  wrongDocument: { code: 4404, reason: 'wrong-document' },
  /** A viewer sent a document change; viewers are read-only. Final for this grant. */
  readOnly: { code: 4405, reason: 'read-only' },
  /** One frame was larger than the relay accepts. */
  messageTooBig: { code: 1009, reason: 'message-too-big' },
  /** This connection sent too much too fast; it may reconnect after a pause. */
  rateLimited: { code: 4529, reason: 'rate-limited' },
  /** The document has as many connections as the relay allows; try again later. */
  tooManyConnections: { code: 4530, reason: 'too-many-connections' },
} as const;

export type CloseCodeName = keyof typeof CloseCodes;

/** Looks a close code up by number, for explaining a closed connection to the user. */
export function closeCodeName(code: number): CloseCodeName | undefined {
  const entry = Object.entries(CloseCodes).find(([, v]) => v.code === code);
  return entry ? (entry[0] as CloseCodeName) : undefined;
}
