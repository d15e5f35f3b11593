/**
 * Compares two version labels as they are typed ("0.2", "v1.10", "2.0 final") by their
 * numbers, part by part: negative when `a` comes first, 0 when equal, positive when `a`
 * comes later. Undefined when either has no number, so it cannot be placed.
 */
export function compareVersions(a: string, b: string): number | undefined {
  const left = versionParts(a);
  const right = versionParts(b);
  if (left.length === 0 || right.length === 0) return undefined;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function versionParts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}
