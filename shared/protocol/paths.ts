/** URL layout shared by the relay and the client. */

/** WebSocket prefix: a document's room is `${WS_PATH}/${docId}`. */
export const WS_PATH = '/ws';
/** Page that opens a document: `${DOC_PAGE_PATH}/${docId}`. */
export const DOC_PAGE_PATH = '/d';
/** JSON API prefix. */
export const API_PATH = '/api';

/** `/api/docs/<id>/export?format=json` */
export function exportPath(docId: string, format: 'json' = 'json'): string {
  return `${API_PATH}/docs/${encodeURIComponent(docId)}/export?format=${format}`;
}
