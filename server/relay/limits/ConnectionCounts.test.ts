import { describe, expect, it } from 'vitest';
import { ConnectionCounts } from './ConnectionCounts.ts';

describe('ConnectionCounts', () => {
  it('refuses past the per-document limit without counting', () => {
    const counts = new ConnectionCounts(2, 10);
    expect(counts.tryAdd('a')).toBeUndefined();
    expect(counts.tryAdd('a')).toBeUndefined();
    expect(counts.tryAdd('a')).toBe('document');
    expect(counts.tryAdd('b')).toBeUndefined();
    expect(counts.size).toBe(3);
  });

  it('refuses past the relay-wide limit', () => {
    const counts = new ConnectionCounts(5, 2);
    counts.tryAdd('a');
    counts.tryAdd('b');
    expect(counts.tryAdd('c')).toBe('relay');
    counts.remove('a');
    expect(counts.tryAdd('c')).toBeUndefined();
  });

  it('forgets a document once its last connection is removed', () => {
    const counts = new ConnectionCounts(5, 5);
    counts.tryAdd('a');
    counts.tryAdd('a');
    counts.remove('a');
    expect(counts.documents).toBe(1);
    counts.remove('a');
    counts.remove('a');
    expect(counts).toMatchObject({ documents: 0, size: 0 });
  });
});
