import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint.ts';

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the tasks in one task of their own after the next animation frame, once each', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    const ran: string[] = [];

    afterNextPaint(() => ran.push('write'));
    afterNextPaint(() => ran.push('caret'));
    expect(frames).toHaveLength(1);
    vi.advanceTimersByTime(50);
    expect(ran).toEqual([]);
    frames.splice(0).forEach((frame) => frame(0));
    expect(ran).toEqual([]); // not inside the frame: after it
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['write', 'caret']);
    vi.advanceTimersByTime(200);
    expect(ran).toEqual(['write', 'caret']);

    afterNextPaint(() => ran.push('next frame'));
    expect(frames).toHaveLength(1);
    frames.splice(0).forEach((frame) => frame(0));
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['write', 'caret', 'next frame']);
  });

  it('runs the tasks after 100 ms when no frame comes (a hidden page)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const task = vi.fn();

    afterNextPaint(task);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs every task even when one throws, and reports the error after', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const after = vi.fn();

    afterNextPaint(() => {
      throw new Error('store closed');
    });
    afterNextPaint(after);
    vi.advanceTimersByTime(100);

    expect(after).toHaveBeenCalledTimes(1);
    expect(() => vi.advanceTimersByTime(1)).toThrow('store closed');
  });
});
