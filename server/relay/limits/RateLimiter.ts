import type { RelayLimits } from './RelayLimits.ts';
import { TokenBucket, type Clock } from './TokenBucket.ts';

/** One connection's allowance: a frame passes only if both its message and byte buckets can pay. */
export class RateLimiter {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(limits: RelayLimits, now?: Clock) {
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messagesBurst, now);
    this.bytes = new TokenBucket(limits.bytesPerSecond, limits.bytesBurst, now);
  }

  /** Pays for one frame of `byteLength` bytes; false when either bucket is short. */
  allow(byteLength: number): boolean {
    if (this.messages.available() < 1 || this.bytes.available() < byteLength) return false;
    return this.messages.tryTake(1) && this.bytes.tryTake(byteLength);
  }
}
