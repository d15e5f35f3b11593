import { describe, expect, it } from 'vitest';
import { atLeast, atMost, below } from '../../bench/core/targets.ts';

describe('benchmark targets', () => {
  it('meet "under" only strictly below the bar, "at most" at the bar too', () => {
    expect(below('p95 < 16 ms', 16, 16, 'ms')).toMatchObject({ met: false, ratio: 1 });
    expect(below('p95 < 16 ms', 15.9, 16, 'ms').met).toBe(true);
    expect(atMost('p99 ≤ theirs', 16, 16, 'ms')).toMatchObject({ met: true, ratio: 1 });
    expect(atMost('p99 ≤ theirs', 16.1, 16, 'ms').met).toBe(false);
  });

  it('allow a rate its stated tolerance below the bar', () => {
    expect(atLeast('updates/s', 693, 700, 'updates/s', 0.01).met).toBe(true);
    expect(atLeast('updates/s', 692, 700, 'updates/s', 0.01).met).toBe(false);
    expect(atLeast('updates/s', 699, 700, 'updates/s').met).toBe(false);
  });
});
