const ALPHABET = 'abcdefghijkmnopqrstuvwxyz23456789';

/**
 * A short random id for rows, columns, blocks and partnerships. Ids are made by the
 * peer that creates the thing, so two people adding rows at once never collide.
 */
export function newId(prefix: string, length = 10): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = `${prefix}_`;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
