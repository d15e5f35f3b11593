import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalescedAfterNextPaint } from './coalescedAfterNextPaint.ts';

describe('coalescedAfterNextPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the task once after the next paint however often it is triggered, then again', () => {
    const task = vi.fn();
    const trigger = coalescedAfterNextPaint(task);

    trigger();
    trigger();
    trigger();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);

    trigger();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
