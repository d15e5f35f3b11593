/**
 * The label to suggest for the next named version: the next minor number after the
 * highest so far (0.1, 0.2 … 0.10), or 0.1 for the first. `major` suggests the next whole
 * number instead (the 1.0 a protocol is signed at).
 */
export function nextVersionLabel(labels: string[], major = false): string {
  const numbers = labels
    .map((label) => /^(\d+)\.(\d+)$/.exec(label.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort(([a1, b1], [a2, b2]) => a1 - a2 || b1 - b2);
  const last = numbers.at(-1);
  if (!last) return major ? '1.0' : '0.1';
  return major ? `${last[0] + 1}.0` : `${last[0]}.${last[1] + 1}`;
}
