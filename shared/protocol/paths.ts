/** URL layout shared by the relay and the client. */

/** WebSocket prefix: a document's room is `${WS_PATH}/${docId}`. */
export const WS_PATH = '/ws';
/** Page that opens a document: `${DOC_PAGE_PATH}/${docId}`. */
export const DOC_PAGE_PATH = '/d';
/** JSON API prefix. */
export const API_PATH = '/api';

/** `/api/docs/<id>/export?format=json` (or md, html, docx, pdf). */
export function exportPath(
  docId: string,
  format: 'json' | 'md' | 'html' | 'docx' | 'pdf' = 'json',
): string {
  return `${API_PATH}/docs/${encodeURIComponent(docId)}/export?format=${format}`;
}

/** `GET`: the relay's public signing key and its fingerprint. */
export const SIGNING_KEY_PATH = `${API_PATH}/signing-key`;

/** `POST { publicKey }`: a chair registers their key for a document. */
export function signingKeysPath(docId: string): string {
  return `${API_PATH}/docs/${encodeURIComponent(docId)}/signing-keys`;
}

/** `POST { record }`: a chair's signed sign-off of a version, checked and recorded by the relay. */
export function signoffsPath(docId: string): string {
  return `${API_PATH}/docs/${encodeURIComponent(docId)}/signoffs`;
}

/** `POST /api/docs/import?name=<file name>`, the file as the body. */
export function importPath(fileName: string): string {
  return `${API_PATH}/docs/import?name=${encodeURIComponent(fileName)}`;
}
