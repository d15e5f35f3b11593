import type * as Y from 'yjs';

/**
 * Makes `text` read `next` with the smallest edit: keep the common prefix and suffix,
 * replace only the middle. A minimal edit is what lets two people renaming a document
 * at once merge instead of one overwriting the other.
 */
export function setText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current[start] === next[start]) start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent--;
    endNext--;
  }
  const apply = () => {
    if (endCurrent > start) text.delete(start, endCurrent - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  };
  if (text.doc) text.doc.transact(apply);
  else apply();
}
