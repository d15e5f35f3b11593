import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle.ts';

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the page for an idle moment within the timeout, and can be cancelled', () => {
    const asked: { task: () => void; timeout?: number }[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void, options?: { timeout?: number }) =>
      asked.push({ task, timeout: options?.timeout }),
    );
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const task = vi.fn();

    const cancel = whenIdle(task, 1000);
    expect(asked.map((a) => a.timeout)).toEqual([1000]);
    asked[0]!.task();
    expect(task).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelled).toEqual([1]);
  });
});
