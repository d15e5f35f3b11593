import { describe, expect, it } from 'vitest';
import { filterClauses } from './filterClauses.ts';

const clauses = [
  { number: '1', text: 'Statement of commitment' },
  { number: '1.1', text: 'This Protocol supports joint working' },
  { number: '2', text: 'Collective responsibilities' },
  { number: '2.1', text: 'Boards link up to minimise duplication' },
  { number: '2.1.1', text: 'Chairs meet' },
  { number: '12', text: 'Review' },
];

const numbers = (query: string) => filterClauses(clauses, query).map((c) => c.number);

describe('filterClauses', () => {
  it('returns everything for an empty query', () => {
    expect(numbers(' ')).toEqual(['1', '1.1', '2', '2.1', '2.1.1', '12']);
  });

  it('finds a clause and the clauses under it by number', () => {
    expect(numbers('2.1')).toEqual(['2.1', '2.1.1']);
    expect(numbers('1.')).toEqual(['1', '1.1']);
  });

  it('finds clauses by words in their text, in any order', () => {
    expect(numbers('duplication boards')).toEqual(['2.1']);
    expect(numbers('commit')).toEqual(['1']);
    expect(numbers('nothing like this')).toEqual([]);
  });
});
