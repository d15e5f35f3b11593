/** One piece of a diff: kept, added (only in the newer) or removed (only in the older). */
export interface DiffPart<T> {
  kind: 'same' | 'added' | 'removed';
  items: T[];
}

/**
 * Longest-common-subsequence diff of two sequences, grouped into runs. Quadratic in the
 * lengths, so callers diff paragraphs first and words only within changed paragraphs.
 */
export function diffSequence<T>(
  before: T[],
  after: T[],
  same: (a: T, b: T) => boolean = Object.is,
): DiffPart<T>[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = same(before[i]!, after[j]!)
        ? lcs[i + 1]![j + 1]! + 1
        : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart<T>[] = [];
  const push = (kind: DiffPart<T>['kind'], item: T) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.items.push(item);
    else parts.push({ kind, items: [item] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(before[i]!, after[j]!)) {
      push('same', before[i]!);
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Deletions before insertions, as a redline reads.
      push('removed', before[i]!);
      i++;
    } else {
      push('added', after[j]!);
      j++;
    }
  }
  return parts;
}
