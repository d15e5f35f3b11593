import { describe, expect, it } from 'vitest';
import { othersChanged } from './RemoteCarets.ts';

describe('othersChanged', () => {
  it('redraws carets for other people’s changes, not for this device’s own caret', () => {
    const own = 7;
    expect(othersChanged({ added: [], updated: [own], removed: [] }, own)).toBe(false);
    expect(othersChanged({ added: [], updated: [own, 9], removed: [] }, own)).toBe(true);
    expect(othersChanged({ added: [9], updated: [], removed: [] }, own)).toBe(true);
    expect(othersChanged({ added: [], updated: [], removed: [9] }, own)).toBe(true);
  });
});
