import { diffSequence, type DiffPart } from './diffSequence.ts';

/** One paragraph of a redline: unchanged, added, removed, or changed with word-level marks. */
export type RedlineParagraph =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart<string>[] };

const words = (text: string) => text.split(/(\s+)/).filter(Boolean);

/**
 * Word diff of one changed paragraph. The common beginning and end are kept whole first,
 * so an edit reads as one insertion or deletion instead of words matched far apart.
 */
function diffWords(before: string, after: string): DiffPart<string>[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  const parts: DiffPart<string>[] = [];
  if (start > 0) parts.push({ kind: 'same', items: a.slice(0, start) });
  parts.push(...diffSequence(a.slice(start, a.length - end), b.slice(start, b.length - end)));
  if (end > 0) parts.push({ kind: 'same', items: a.slice(a.length - end) });
  return parts;
}

/**
 * Text shown as a redline: paragraphs compared first; a removed paragraph followed by an
 * added one is shown as one changed paragraph with its inserted and deleted words marked.
 */
export function redline(before: string[], after: string[]): RedlineParagraph[] {
  const result: RedlineParagraph[] = [];
  const parts = diffSequence(before, after);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const next = parts[k + 1];
    if (part.kind === 'removed' && next?.kind === 'added') {
      const pairs = Math.min(part.items.length, next.items.length);
      for (let p = 0; p < pairs; p++) {
        result.push({
          kind: 'changed',
          parts: diffWords(part.items[p]!, next.items[p]!),
        });
      }
      for (const text of part.items.slice(pairs)) result.push({ kind: 'removed', text });
      for (const text of next.items.slice(pairs)) result.push({ kind: 'added', text });
      k++;
    } else {
      for (const text of part.items) result.push({ kind: part.kind, text });
    }
  }
  return result;
}
