import { describe, expect, it } from 'vitest';
import { isValidDocId, newDocId } from './docId.ts';

describe('document ids', () => {
  it('accepts ordinary ids', () => {
    for (const id of ['abc', 'sab-scb-2026', 'Barnsley_JWP_v4', 'x'.repeat(64)]) {
      expect(isValidDocId(id)).toBe(true);
    }
  });

  it('refuses anything that could be a path, a key trick or markup', () => {
    for (const id of [
      '',
      'ab',
      '../etc',
      'a/b',
      'a\\b',
      '.hidden',
      '-dash',
      'x'.repeat(65),
      'a b',
      '<b>x</b>',
      'doc%2F',
      'über',
    ]) {
      expect(isValidDocId(id)).toBe(false);
    }
  });

  it('makes fresh ids that are valid and differ', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newDocId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(isValidDocId(id)).toBe(true);
  });
});
