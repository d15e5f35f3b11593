/**
 * The canonical serialization content hashes are computed over (specified in
 * ARCHITECTURE.md so anyone can recompute it):
 * - JSON (RFC 8259) with no whitespace;
 * - object keys sorted by UTF-16 code units, at every level; keys whose value is
 *   `undefined` are left out;
 * - strings normalised to Unicode NFC, then escaped as JSON.stringify escapes them;
 * - numbers as JSON.stringify writes them (integers only appear in practice);
 * - arrays keep their order (order is content: rows, paragraphs).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('Canonical JSON has no Infinity or NaN');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k.normalize('NFC'))}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`Canonical JSON cannot hold a ${typeof value}`);
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes (WebCrypto: browsers and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
