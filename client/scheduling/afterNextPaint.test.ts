import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint.ts';

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the task in a task of its own after the next animation frame, once', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    const task = vi.fn();

    afterNextPaint(task, 100);
    vi.advanceTimersByTime(50);
    expect(task).not.toHaveBeenCalled();
    frames.splice(0).forEach((frame) => frame(0));
    expect(task).not.toHaveBeenCalled(); // not inside the frame: after it
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task after `latestMs` when no frame comes (a hidden page)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const task = vi.fn();

    afterNextPaint(task, 100);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
