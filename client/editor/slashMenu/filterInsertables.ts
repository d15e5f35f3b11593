/** What the filter needs of an insertable. */
export interface Matchable {
  label: string;
  keywords: string[];
}

/**
 * Insertables matching what was typed after "/": every word of the query must start a
 * word of the label or a keyword. Labels that start with the query come first.
 */
export function filterInsertables<T extends Matchable>(items: T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  const matches = items.filter((item) => {
    const haystack = [
      ...item.label.toLowerCase().split(/[\s-]+/),
      ...item.keywords.map((k) => k.toLowerCase()),
    ];
    return words.every((word) => haystack.some((h) => h.startsWith(word)));
  });
  const q = query.toLowerCase().trim();
  return [
    ...matches.filter((m) => m.label.toLowerCase().startsWith(q)),
    ...matches.filter((m) => !m.label.toLowerCase().startsWith(q)),
  ];
}
