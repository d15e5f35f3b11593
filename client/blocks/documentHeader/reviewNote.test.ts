import { describe, expect, it } from 'vitest';
import { localToday } from './localToday.ts';
import { reviewNote } from './reviewNote.ts';

describe('reviewNote', () => {
  it('says how far off the review is, in words', () => {
    expect(reviewNote({ kind: 'none', days: 0 })).toBe('No review date set');
    expect(reviewNote({ kind: 'due', days: 0 })).toBe('Review due today');
    expect(reviewNote({ kind: 'due', days: 1 })).toBe('Review due in 1 day');
    expect(reviewNote({ kind: 'due', days: 12 })).toBe('Review due in 12 days');
    expect(reviewNote({ kind: 'overdue', days: 3 })).toBe('Review overdue by 3 days');
  });
});

describe('localToday', () => {
  it('writes the device’s calendar date as YYYY-MM-DD', () => {
    expect(localToday(new Date(2019, 3, 1, 23, 30))).toBe('2019-04-01');
  });
});
