import { resolve, sep } from 'node:path';

/**
 * Maps a raw URL path to a file inside `root`, or `undefined` when it would escape `root`
 * or cannot be decoded. The decoded path is resolved and must stay under `root` + separator.
 */
export function resolveStaticPath(root: string, rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  return file.startsWith(base + sep) ? file : undefined;
}
