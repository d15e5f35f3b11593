import { describe, expect, it } from 'vitest';
import { filterInsertables } from './filterInsertables.ts';

const items = [
  { label: 'Heading 1', keywords: ['section'] },
  { label: 'Priority matrix', keywords: ['lead', 'contributing'] },
  { label: 'Partnership profiles', keywords: ['boards'] },
  { label: 'Lead table', keywords: ['themes'] },
];

describe('filterInsertables', () => {
  it('returns everything for an empty query', () => {
    expect(filterInsertables(items, '')).toEqual(items);
  });

  it('matches word starts in labels and keywords', () => {
    expect(filterInsertables(items, 'matr').map((i) => i.label)).toEqual(['Priority matrix']);
    expect(filterInsertables(items, 'boards').map((i) => i.label)).toEqual([
      'Partnership profiles',
    ]);
  });

  it('puts labels that start with the query first', () => {
    expect(filterInsertables(items, 'lead').map((i) => i.label)).toEqual([
      'Lead table',
      'Priority matrix',
    ]);
  });

  it('needs every word to match', () => {
    expect(filterInsertables(items, 'p m').map((i) => i.label)).toEqual(['Priority matrix']);
    expect(filterInsertables(items, 'nothing here')).toEqual([]);
  });
});
