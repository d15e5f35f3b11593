/**
 * WebSocket close codes the relay uses, defined once for relay and client.
 * 4000–4999 is the range RFC 6455 leaves to applications.
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
} as const;

export type CloseCodeName = keyof typeof CloseCodes;

/** Looks a close code up by number, for explaining a closed connection to the user. */
export function closeCodeName(code: number): CloseCodeName | undefined {
  const entry = Object.entries(CloseCodes).find(([, v]) => v.code === code);
  return entry ? (entry[0] as CloseCodeName) : undefined;
}
