/** Milliseconds from an arbitrary origin; injected so tests drive time by hand. */
export type Clock = () => number;

/**
 * A token bucket: holds at most `capacity` tokens, starts full and refills continuously at
 * `ratePerSecond`. Taking more than it holds fails and takes nothing.
 */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    readonly ratePerSecond: number,
    readonly capacity: number,
    private readonly now: Clock = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.refilledAt = now();
  }

  /** Tokens available right now. */
  available(): number {
    // A clock that steps backwards (it should not) neither drains nor refills the bucket.
    const now = Math.max(this.now(), this.refilledAt);
    const refill = ((now - this.refilledAt) * this.ratePerSecond) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + refill);
    this.refilledAt = now;
    return this.tokens;
  }

  /** Takes `count` tokens if there are that many; false (and nothing taken) otherwise. */
  tryTake(count: number): boolean {
    if (this.available() < count) return false;
    this.tokens -= count;
    return true;
  }
}
