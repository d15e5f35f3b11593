import { describe, expect, it } from 'vitest';
import { DEFAULT_RELAY_LIMITS } from './RelayLimits.ts';
import { RateLimiter } from './RateLimiter.ts';
import { TokenBucket } from './TokenBucket.ts';

/** A clock the test moves by hand. */
function manualClock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
  it('starts full and refuses the token after the last', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(10, 3, clock.now);
    expect([1, 2, 3, 4].map(() => bucket.tryTake(1))).toEqual([true, true, true, false]);
  });

  it('refills at its rate, never past its capacity', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(10, 5, clock.now);
    expect(bucket.tryTake(5)).toBe(true);
    clock.advance(250);
    expect(bucket.available()).toBeCloseTo(2.5);
    clock.advance(60_000);
    expect(bucket.available()).toBe(5);
  });

  it('takes nothing when a request is larger than what it holds', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(100, 100, clock.now);
    expect(bucket.tryTake(60)).toBe(true);
    expect(bucket.tryTake(60)).toBe(false);
    expect(bucket.available()).toBe(40);
  });

  it('ignores a clock that goes backwards', () => {
    const clock = manualClock();
    const bucket = new TokenBucket(10, 10, clock.now);
    bucket.tryTake(10);
    clock.advance(-5_000);
    expect(bucket.available()).toBe(0);
    clock.advance(5_100);
    expect(bucket.available()).toBeCloseTo(1);
  });
});

describe('RateLimiter', () => {
  const limits = {
    ...DEFAULT_RELAY_LIMITS,
    messagesPerSecond: 10,
    messagesBurst: 20,
    bytesPerSecond: 1_000,
    bytesBurst: 5_000,
  };

  it('lets a burst through, then only the sustained rate', () => {
    const clock = manualClock();
    const limiter = new RateLimiter(limits, clock.now);
    for (let i = 0; i < 20; i++) expect(limiter.allow(10)).toBe(true);
    expect(limiter.allow(10)).toBe(false);
    clock.advance(100);
    expect(limiter.allow(10)).toBe(true);
    expect(limiter.allow(10)).toBe(false);
  });

  it('limits bytes independently of the message count', () => {
    const clock = manualClock();
    const limiter = new RateLimiter(limits, clock.now);
    expect(limiter.allow(4_000)).toBe(true);
    expect(limiter.allow(4_000)).toBe(false);
    clock.advance(3_000);
    expect(limiter.allow(4_000)).toBe(true);
  });

  it('charges neither bucket for a frame it refuses', () => {
    const clock = manualClock();
    const limiter = new RateLimiter(limits, clock.now);
    expect(limiter.allow(6_000)).toBe(false);
    for (let i = 0; i < 20; i++) expect(limiter.allow(1)).toBe(true);
  });

  it('gives a client replaying an offline session room under the defaults', () => {
    const clock = manualClock();
    const limiter = new RateLimiter(DEFAULT_RELAY_LIMITS, clock.now);
    // A 16 MiB first sync, then 1,500 queued edits sent at once.
    expect(limiter.allow(DEFAULT_RELAY_LIMITS.maxMessageBytes)).toBe(true);
    for (let i = 0; i < 1_500; i++) expect(limiter.allow(200)).toBe(true);
  });
});
