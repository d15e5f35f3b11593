import type { NumberedClause } from '../../shared/clauses/numberClauses.ts';

/**
 * Clauses matching what was typed in the cross-reference picker: a number prefix
 * ("2.1" finds 2.1, 2.1.1 …) or words that all appear in the clause's text.
 */
export function filterClauses<T extends Pick<NumberedClause, 'number' | 'text'>>(
  clauses: T[],
  query: string,
): T[] {
  const q = query
    .trim()
    .toLowerCase()
    .replace(/[.)]+$/, '');
  if (!q) return clauses;
  if (/^\d+(\.\d+)*$/.test(q)) {
    return clauses.filter((c) => c.number === q || c.number.startsWith(`${q}.`));
  }
  const words = q.split(/\s+/);
  return clauses.filter((clause) => {
    const text = clause.text.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
