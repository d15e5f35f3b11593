/**
 * Document ids name a document in URLs, WebSocket paths and storage keys.
 * They are deliberately narrow so an id can never be a path, a key prefix trick or markup.
 */
export const DOC_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$/;

/** True when `id` is a well-formed document id (3–64 chars: letters, digits, `-`, `_`). */
export function isValidDocId(id: string): boolean {
  return DOC_ID_PATTERN.test(id);
}

const ALPHABET = 'abcdefghijkmnopqrstuvwxyz23456789';

/** A fresh random document id, 16 characters from an unambiguous alphabet. */
export function newDocId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(16));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
