/**
 * Where a caret at `offset` in `before` belongs in `after`, when someone else changed
 * the text: before the changed region it stays, after it it shifts with the change.
 */
export function mapCaret(before: string, after: string, offset: number): number {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  if (offset <= prefix) return offset;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  if (offset >= before.length - suffix) return offset + (after.length - before.length);
  return prefix + (after.length - suffix - prefix);
}
