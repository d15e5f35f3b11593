/** `token` with the character at `index` replaced by a different base64url character. */
export function flipChar(token: string, index: number): string {
  const original = token[index];
  const replacement = original === 'A' ? 'B' : 'A';
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

/** The token with one character in the middle of its payload changed. */
export function tamperPayload(token: string): string {
  return flipChar(token, Math.floor(token.indexOf('.') / 2));
}

/** The token with one character in the middle of its signature changed. */
export function tamperSignature(token: string): string {
  const dot = token.indexOf('.');
  return flipChar(token, dot + Math.floor((token.length - dot) / 2));
}
